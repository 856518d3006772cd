-- E-mail as a dissemination channel: officials may have an address; delivery jobs may use the EMAIL channel.
ALTER TABLE warning_official ADD COLUMN email TEXT;

ALTER TABLE warning_delivery_job DROP CONSTRAINT warning_delivery_job_channel_check;
ALTER TABLE warning_delivery_job ADD CONSTRAINT warning_delivery_job_channel_check
    CHECK (channel IN ('SMS', 'BROADCAST', 'APP_PUSH', 'EMAIL'));
