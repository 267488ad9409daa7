-- An account's reference in the public record: its roles' changes are public, its login name is not.
ALTER TABLE platform_account ADD COLUMN public_ref uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX platform_account_public_ref ON platform_account (public_ref);
