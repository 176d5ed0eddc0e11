-- Alerts for the operations team (a failed ledger audit, a failed job): shown to every admin in
-- the app until one of them acknowledges it; the outbox mails each admin as well.
create table admin_alert (
  id bigint generated always as identity primary key,
  kind varchar(40) not null check (kind ~ '^[A-Z][A-Z0-9_]*$'),
  subject varchar(200) not null,
  body text not null,
  created_at timestamptz not null default now(),
  acknowledged_at timestamptz,
  acknowledged_by bigint references app_user (id),
  check ((acknowledged_at is null) = (acknowledged_by is null))
);

create index admin_alert_open on admin_alert (created_at desc) where acknowledged_at is null;
