-- The catalog's category list and category facet read published courses by category; without
-- this index both scan every course (measured in docs/benchmarks.md).
CREATE INDEX course_published_category ON course (category) WHERE status = 'PUBLISHED';
CREATE INDEX course_published_language ON course (language) WHERE status = 'PUBLISHED';
