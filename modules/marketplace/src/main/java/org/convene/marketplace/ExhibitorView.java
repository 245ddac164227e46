package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An accepted exhibitor as the public sees them: no applicant, no history. */
@Serdeable
public record ExhibitorView(long id, long summitId, String organisation, String projectTitle, String description,
                            @Nullable BoothView booth, @Nullable StageSlotView slot, List<ProductView> products) {
}
