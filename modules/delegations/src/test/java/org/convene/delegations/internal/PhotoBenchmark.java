package org.convene.delegations.internal;

import java.util.ArrayList;
import java.util.List;
import org.convene.documents.BadgeData;
import org.convene.documents.StakeholderGroup;
import org.convene.documents.internal.ITextBadgeRenderer;

/**
 * Not a test: {@code ops/bench-photos} runs it. How long checking and re-encoding a phone photo
 * takes, and what photos cost a batch: N A6 badges with and without a stored photo, time and PDF size.
 * Arguments: [badges] [runs].
 */
public final class PhotoBenchmark {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        byte[] phone = Images.jpegWithExif(4000, 3000);
        byte[] stored = null;
        for (int i = 0; i < 3; i++) {
            stored = PhotoImages.normalise(phone).jpeg();
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs * 3; run++) {
            long t0 = System.nanoTime();
            stored = PhotoImages.normalise(phone).jpeg();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("photo: 12 MP JPEG of %,d bytes -> %d x %d JPEG of %,d bytes in %.0f ms (best of %d)%n",
                phone.length, PhotoImages.WIDTH, PhotoImages.HEIGHT, stored.length, best / 1e6, runs * 3);

        ITextBadgeRenderer renderer = new ITextBadgeRenderer();
        List<BadgeData> without = badges(n, null);
        List<BadgeData> with = badges(n, stored);
        renderer.a6(without.subList(0, Math.min(500, n)));
        renderer.a6(with.subList(0, Math.min(500, n)));
        for (List<BadgeData> batch : List.of(without, with)) {
            long bestBatch = Long.MAX_VALUE;
            int size = 0;
            for (int run = 0; run < runs; run++) {
                long t0 = System.nanoTime();
                size = renderer.a6(batch).length;
                bestBatch = Math.min(bestBatch, System.nanoTime() - t0);
            }
            System.out.printf("%,d A6 badges %s photo: %.2f s (%.0f badges/s), PDF %,d KB (best of %d)%n", n,
                    batch == with ? "with" : "without", bestBatch / 1e9, n / (bestBatch / 1e9), size / 1024, runs);
        }
    }

    private static List<BadgeData> badges(int n, byte[] photo) {
        StakeholderGroup group = new StakeholderGroup("Civil Society", "#2E7D32");
        List<BadgeData> badges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            badges.add(new BadgeData("Amina Diallo " + i, null, "Migrants Network", "Senegal", "Delegate", group, photo,
                    "AgAAAAAAAAAqAAAAAbcdefghijklmnopqrstuv" + i));
        }
        return badges;
    }
}
