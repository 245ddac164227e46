package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.ImportPreview;
import org.convene.delegations.ImportResult;
import org.convene.delegations.RegistrationExport;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.SheetFormat;
import org.convene.platform.InvalidInputException;

/**
 * Registrations as files: the upload template, bulk upload of a group's people (preview, then
 * confirm; the file is the raw request body, CSV or XLSX) and the export of a filtered list.
 * Scoped like the UI: a lead uploads into and exports their own group only (403 otherwise).
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Registration files")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class RegistrationFileController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BulkRegistration bulk;
    private final RegistrationExport export;
    private final Callers callers;

    RegistrationFileController(BulkRegistration bulk, RegistrationExport export, Callers callers) {
        this.bulk = bulk;
        this.export = export;
        this.callers = callers;
    }

    /** The file to fill in: header and an example row; XLSX adds a sheet of instructions. */
    @Get(value = "/registrations/template{?format}", produces = {"text/csv", XLSX})
    HttpResponse<byte[]> template(@Nullable @QueryValue String format) {
        SheetFormat f = format(format, null);
        return file(bulk.template(f), f, "registration-template");
    }

    /** The template for a group: the standard columns and one per extra question of its summit. */
    @Get(value = "/groups/{groupId}/registrations/template{?format}", produces = {"text/csv", XLSX})
    HttpResponse<byte[]> groupTemplate(Authentication authentication, long groupId, @Nullable @QueryValue String format) {
        SheetFormat f = format(format, null);
        return file(bulk.template(callers.actor(authentication), groupId, f), f, "registration-template");
    }

    /** What confirming the file would do, with every problem by row and field; saves nothing. */
    @Post(value = "/groups/{groupId}/registrations/import/preview{?format}")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    ImportPreview preview(Authentication authentication, long groupId, @Nullable @QueryValue String format,
                          @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType, @Body byte[] file) {
        return bulk.preview(callers.actor(authentication), groupId, format(format, contentType), new ByteArrayInputStream(file));
    }

    /** Saves the file's new people in one transaction, or answers 400 with the problems and saves nothing. */
    @Post(value = "/groups/{groupId}/registrations/import{?format}")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    ImportResult confirm(Authentication authentication, long groupId, @Nullable @QueryValue String format,
                         @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType, @Body byte[] file) {
        return bulk.confirm(callers.actor(authentication), groupId, format(format, contentType), new ByteArrayInputStream(file));
    }

    /** The registrations the caller may see, filtered as the list is; formula-looking text is neutralised. */
    @Get(value = "/summits/{summitId}/registrations/export{?format,group,status,country,role}", produces = {"text/csv", XLSX})
    HttpResponse<byte[]> export(Authentication authentication, long summitId, @Nullable @QueryValue String format,
                                @Nullable @QueryValue Long group, @Nullable @QueryValue RegistrationStatus status,
                                @Nullable @QueryValue String country, @Nullable @QueryValue DelegateRole role) {
        SheetFormat f = format(format, null);
        byte[] bytes = export.export(callers.actor(authentication), summitId, new RegistrationFilter(group, status, country, role), f);
        return file(bytes, f, "registrations-" + summitId);
    }

    /** {@code csv} or {@code xlsx}; without one, the body's content type decides, CSV by default. */
    private static SheetFormat format(String format, String contentType) {
        if (format == null || format.isBlank()) {
            return contentType != null && contentType.startsWith(XLSX) ? SheetFormat.XLSX : SheetFormat.CSV;
        }
        try {
            return SheetFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("format", "import.format.unknown", "format must be csv or xlsx");
        }
    }

    private static HttpResponse<byte[]> file(byte[] bytes, SheetFormat format, String name) {
        return HttpResponse.ok(bytes).contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format.extension() + "\"");
    }
}
