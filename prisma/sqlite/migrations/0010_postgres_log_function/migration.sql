-- PostgreSQL only (the hot write as one function call); SQLite writes it in process (sqlite-direct.ts).
SELECT 1;
