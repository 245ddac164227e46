package org.convene.ui.roundtables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import org.convene.delegations.Actor;
import org.convene.roundtables.PaperView;
import org.convene.roundtables.Roundtables;

/**
 * The download link of a roundtable's background paper, for whoever the roundtables module lets
 * read it; nothing for anyone else. The content is read when the link is followed, and the check is
 * made again then, so a link left open does not outlive the right to read.
 */
public final class BackgroundPaperLink {
    private BackgroundPaperLink() {
    }

    public static Component of(Component owner, Roundtables roundtables, Actor actor, long roundtableId, PaperView paper) {
        if (paper == null) {
            return new Span(owner.getTranslation("roundtable.paper.none"));
        }
        if (!roundtables.mayReadPaper(actor, roundtableId)) {
            return new Span();
        }
        // The address carries the roundtable id only; the file keeps its own name in the download.
        StreamResource resource = new StreamResource("roundtable-" + roundtableId + ".pdf", () -> new ByteArrayInputStream(
                roundtables.mayReadPaper(actor, roundtableId) ? roundtables.paper(roundtableId).map(p -> p.content()).orElse(new byte[0])
                        : new byte[0]));
        resource.setContentType("application/pdf");
        Anchor link = new Anchor(resource, paper.fileName());
        link.getElement().setAttribute("download", paper.fileName());
        link.getElement().setAttribute("aria-label", owner.getTranslation("roundtable.paper.download", paper.fileName()));
        return link;
    }
}
