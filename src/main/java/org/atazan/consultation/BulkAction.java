package org.atazan.consultation;

/**
 * What a bulk action does to each selected proposal: a status change, an assignment
 * ({@code assignee}, "" to unassign), or hiding with a public reason.
 */
public sealed interface BulkAction {
    record ChangeStatus(StatusRequest request) implements BulkAction {
    }

    record Assign(String assignee) implements BulkAction {
    }

    record Hide(String reason) implements BulkAction {
    }
}
