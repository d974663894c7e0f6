-- Expand: a nullable column with a default, so the version running now keeps inserting without it.
ALTER TABLE greetings ADD COLUMN locale text DEFAULT 'en';
