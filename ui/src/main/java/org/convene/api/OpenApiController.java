package org.convene.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Serves the OpenAPI document that micronaut-openapi writes at compile time; open to anyone. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OpenApiController {
    static final String DOCUMENT = "classpath:META-INF/swagger/convene-1.yml";
    private final ResourceResolver resources;

    OpenApiController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<String> openApi() {
        Optional<InputStream> in = resources.getResourceAsStream(DOCUMENT);
        if (in.isEmpty()) {
            return HttpResponse.notFound();
        }
        try (InputStream stream = in.get()) {
            return HttpResponse.ok(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contentType(MediaType.of("application/yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
