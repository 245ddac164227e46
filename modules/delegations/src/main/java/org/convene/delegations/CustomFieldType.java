package org.convene.delegations;

/** What a custom field asks for. A yes/no answer is stored as {@code true} or {@code false}, a date as ISO 8601. */
public enum CustomFieldType {
    TEXT,
    CHOICE,
    YES_NO,
    DATE
}
