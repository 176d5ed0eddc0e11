package com.azora.api.support;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that must run at most once per {@code Idempotency-Key}: the key is required, a
 * retry gets the first response back byte for byte (with {@code Idempotent-Replayed: true}), the
 * same key with a different request gets 422. See {@link IdempotencyFilter}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {}
