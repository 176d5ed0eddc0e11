package com.azora.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an end-to-end test class: the shared {@link AzoraTestServer} is started before it, and its
 * test methods may declare {@link AzoraTestServer}, {@link Http} or {@link Browser} parameters. A
 * failing test that used a browser leaves a screenshot in {@link Browser#screenshotDir()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("e2e")
@ExtendWith(AzoraE2EExtension.class)
public @interface AzoraE2E {}
