package org.convene.delegations.internal;

import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.convene.delegations.Actor;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.ImportPreview;
import org.convene.delegations.ImportResult;
import org.convene.delegations.SheetFormat;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;

/**
 * The facade of uploads. The file is read and checked outside any transaction; only the write of
 * a clean file holds the group's lock, in {@link BulkWrites}, retried on deadlock around it.
 */
@Singleton
class BulkRegistrationService implements BulkRegistration {
    private final BulkWrites writes;
    private final Groups groups;
    private final Registrations registrations;
    private final FieldDefinitions fields;

    BulkRegistrationService(BulkWrites writes, Groups groups, Registrations registrations, FieldDefinitions fields) {
        this.fields = fields;
        this.writes = writes;
        this.groups = groups;
        this.registrations = registrations;
    }

    @Override
    public ImportPreview preview(Actor actor, long groupId, SheetFormat format, InputStream file) {
        Group group = manageable(actor, groupId);
        SheetImport.Parsed parsed = SheetImport.read(format, file, fields.findBySummitIdOrderByPosition(group.summitId()));
        Set<String> registered = new HashSet<>(registrations.findEmailBySummitId(group.summitId()));
        int already = (int) parsed.valid().stream().filter(r -> registered.contains(r.person().email())).count();
        return new ImportPreview(parsed.rows(), parsed.problems(), parsed.valid().size() - already, already);
    }

    @Override
    public ImportResult confirm(Actor actor, long groupId, SheetFormat format, InputStream file) {
        Group group = manageable(actor, groupId);
        SheetImport.Parsed parsed = SheetImport.read(format, file, fields.findBySummitIdOrderByPosition(group.summitId()));
        if (!parsed.isClean()) {
            throw parsed.refusal();
        }
        var people = parsed.valid().stream().map(SheetImport.Row::person).toList();
        var answers = parsed.valid().stream().map(SheetImport.Row::answers).toList();
        return DeadlockRetry.run(() -> writes.register(actor, groupId, people, answers));
    }

    @Override
    public byte[] template(SheetFormat format) {
        return ImportTemplate.of(format, java.util.List.of());
    }

    @Override
    public byte[] template(Actor actor, long groupId, SheetFormat format) {
        Group group = manageable(actor, groupId);
        return ImportTemplate.of(format, fields.findBySummitIdOrderByPosition(group.summitId()));
    }

    /** Refuses before reading the file, so nobody learns of problems in a group they may not change. */
    private Group manageable(Actor actor, long groupId) {
        Group group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        Access.requireManage(actor, group, BulkWrites.ACTION);
        return group;
    }
}
