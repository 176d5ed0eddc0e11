package com.azora.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The one JAX-RS application; its OpenAPI document is served at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Azora API",
            version = "1",
            description =
                "Learn · build · earn. Authenticate with POST /api/auth/login and send the access"
                    + " token as 'Authorization: Bearer …'. Errors are RFC 9457 problem+json."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ApiApplication extends Application {}
