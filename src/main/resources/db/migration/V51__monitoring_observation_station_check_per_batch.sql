-- The foreign key from an observation to its station cost a trigger and a key-share lock per inserted row, more
-- than half of the insert time of a batch. Observations.insertNew checks and key-share locks the stations of a
-- batch once, in the same transaction, and stations are never deleted; the checks of every channel refuse readings
-- of unknown stations before they reach the database.
ALTER TABLE monitoring_observation DROP CONSTRAINT monitoring_observation_station_id_fkey;
