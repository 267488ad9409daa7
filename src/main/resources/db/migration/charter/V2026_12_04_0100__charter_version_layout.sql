-- A version added as text keeps its lines as read, so that amendments can be consolidated into it in its own
-- layout (the Akoma Ntoso kept in charter_version.akn does not say where each line stood). Null for a version
-- added as Akoma Ntoso, or before this column existed.
ALTER TABLE charter_version ADD COLUMN layout_text text;
