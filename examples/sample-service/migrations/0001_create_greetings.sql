-- The names the service has greeted, and how often.
CREATE TABLE greetings (
  id         bigserial PRIMARY KEY,
  name       text NOT NULL,
  count      integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
