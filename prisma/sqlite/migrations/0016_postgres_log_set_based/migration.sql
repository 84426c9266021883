-- PostgreSQL only (the hot write's function, rewritten); SQLite writes it in process (sqlite-direct.ts).
SELECT 1;
