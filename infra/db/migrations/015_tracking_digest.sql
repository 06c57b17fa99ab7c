-- What the last tracking check told each request, as a digest: a round signals a request only
-- when its order looks different, so monitoring costs Temporal in proportion to what changed,
-- not to how many requests are open (an unchanged order cannot change a request's verdict).
alter table requests add column last_check_digest text;
