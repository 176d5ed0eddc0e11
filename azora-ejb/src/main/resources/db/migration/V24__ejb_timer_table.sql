-- The EJB timer table of Payara Server (glassfish/lib/install/databases/ejbtimer_postgresql.sql),
-- so that a deployment group keeps its persistent timers in Azora's database (server-config
-- scripts/cluster.sh points each instance's timer service at jdbc/azora): a persistent @Schedule
-- then fires on one instance of the group and moves to a survivor when its owner dies. A single
-- server keeps its own timer store and leaves this table empty.
CREATE TABLE IF NOT EXISTS "EJB__TIMER__TBL" (
    "CREATIONTIMERAW"      BIGINT                 NOT NULL,
    "BLOB"                 BYTEA,
    "TIMERID"              CHARACTER VARYING(255) NOT NULL,
    "CONTAINERID"          BIGINT                 NOT NULL,
    "OWNERID"              CHARACTER VARYING(255),
    "STATE"                INTEGER                NOT NULL,
    "PKHASHCODE"           INTEGER                NOT NULL,
    "INTERVALDURATION"     BIGINT                 NOT NULL,
    "INITIALEXPIRATIONRAW" BIGINT                 NOT NULL,
    "LASTEXPIRATIONRAW"    BIGINT                 NOT NULL,
    "SCHEDULE"             CHARACTER VARYING(255),
    "APPLICATIONID"        BIGINT                 NOT NULL,
    CONSTRAINT "EJB__TIMER__TBL_pkey" PRIMARY KEY ("TIMERID")
);
