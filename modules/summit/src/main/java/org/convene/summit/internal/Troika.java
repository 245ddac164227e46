package org.convene.summit.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.TroikaView;

/**
 * Derives the troika (previous, current and next chair) from the chairmanships ordered by the
 * start of their term. It is never stored: designating a new chairmanship changes the troika of
 * the one before it. Co-chairs are one chairmanship, so they take one place in the troika.
 */
final class Troika {
    private Troika() {
    }

    /**
     * @param chairmanships all chairmanships, in any order (terms never overlap, so the order by start is total)
     * @param currentId     the chairmanship whose troika is asked for
     * @throws IllegalArgumentException when {@code currentId} is not among them
     */
    static TroikaView around(Collection<ChairmanshipView> chairmanships, long currentId) {
        List<ChairmanshipView> ordered = chairmanships.stream()
                .sorted(Comparator.comparing(ChairmanshipView::termStart))
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id() == currentId) {
                ChairmanshipView previous = i > 0 ? ordered.get(i - 1) : null;
                ChairmanshipView next = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
                return new TroikaView(previous, ordered.get(i), next);
            }
        }
        throw new IllegalArgumentException("chairmanship " + currentId + " is not among the given chairmanships");
    }
}
