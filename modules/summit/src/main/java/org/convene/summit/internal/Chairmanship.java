package org.convene.summit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.util.List;
import org.convene.summit.ChairmanshipView;

/** A term of one or more chair states; the states themselves are {@link ChairmanshipChair} rows. */
@MappedEntity("summit_chairmanship")
record Chairmanship(
        @Id @GeneratedValue @Nullable Long id,
        LocalDate termStart,
        LocalDate termEnd,
        @Version @Nullable Long version) {

    Term term() {
        return new Term(termStart, termEnd);
    }

    Chairmanship withTerm(Term term) {
        return new Chairmanship(id, term.start(), term.end(), version);
    }

    ChairmanshipView view(List<String> chairs) {
        return new ChairmanshipView(id, List.copyOf(chairs), termStart, termEnd);
    }
}
