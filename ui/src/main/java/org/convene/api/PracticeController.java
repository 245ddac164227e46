package org.convene.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.convene.partnerships.Partnerships;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeImport;
import org.convene.partnerships.PracticeLimits;
import org.convene.partnerships.PracticePage;
import org.convene.partnerships.PracticeQuery;
import org.convene.partnerships.PracticeView;

/**
 * The Platform for Partnerships. A contract outside scripts rely on (docs/user-guide.md, "Platform for
 * Partnerships"): anyone reads {@code GET /practices} ({@code {"total", "items"}}, paged, filtered by
 * {@code sdg}, {@code q}, {@code location} and {@code region}, a continent's UN M49 code); the chair office imports a CSV body with
 * {@code POST /practices/import} ({@code {"imported", "errors": [{"row", "message"}]}}), and creates,
 * edits, deletes and promotes practices from published outcomes.
 */
@Controller("/api/v1")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Platform for Partnerships")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class PracticeController {
    private final Partnerships partnerships;

    PracticeController(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    /** Practices by name; {@code sdg} one goal (and all its targets) or one target; 400 for anything else. */
    @Get("/practices{?sdg,q,location,region,page,size}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Practices list(@Nullable @QueryValue String sdg, @Nullable @QueryValue String q, @Nullable @QueryValue String location,
                   @Nullable @QueryValue String region, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        PracticePage found = partnerships.search(new PracticeQuery(sdg, q, location, region, page == null ? 1 : page,
                size == null ? PracticeLimits.PAGE_SIZE_DEFAULT : size));
        return new Practices(found.total(), found.page(), found.size(), found.items(), found.facets());
    }

    @Get("/practices/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    PracticeView get(long id) {
        return partnerships.practice(id);
    }

    /** The good rows are saved in one transaction, every bad row is reported; a practice already there is skipped and not counted. */
    @Post("/practices/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    Imported importCsv(@Body byte[] file) {
        PracticeImport done = partnerships.importCsv(file);
        return new Imported(done.imported(), done.errors().stream().map(p -> new RowError(p.row(), p.message())).toList());
    }

    @Post("/practices")
    @Status(HttpStatus.CREATED)
    PracticeView create(@Body PracticeCommand command) {
        return partnerships.create(command);
    }

    @Put("/practices/{id}")
    PracticeView update(long id, @Body PracticeCommand command) {
        return partnerships.update(id, command);
    }

    @Delete("/practices/{id}")
    HttpResponse<Void> delete(long id) {
        partnerships.delete(id);
        return HttpResponse.noContent();
    }

    /** Saves a practice announced in the roundtable's published outcome, linked to it (400 when the outcome is not published). */
    @Post("/roundtables/{roundtableId}/practices")
    @Status(HttpStatus.CREATED)
    PracticeView promote(long roundtableId, @Body PracticeCommand command) {
        return partnerships.promote(roundtableId, command);
    }

    /** One page; {@code facets}: per goal, the practices the words and place filters leave. */
    @Serdeable
    record Practices(long total, int page, int size, @JsonInclude(JsonInclude.Include.ALWAYS) List<PracticeView> items,
                     @JsonInclude(JsonInclude.Include.ALWAYS) List<PracticePage.GoalCount> facets) {
    }

    @Serdeable
    record Imported(int imported, @JsonInclude(JsonInclude.Include.ALWAYS) List<RowError> errors) {
    }

    /** {@code row}: as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole. */
    @Serdeable
    record RowError(int row, String message) {
    }
}
