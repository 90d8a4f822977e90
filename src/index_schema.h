/*
 * The index's schema, as ordered migrations: migration N takes a database
 * at user_version N to N + 1.  Never edit a migration that has shipped;
 * add a new one.  Shared by index.c (which applies them) and the tests.
 */
#ifndef QUOTH_INDEX_SCHEMA_H
#define QUOTH_INDEX_SCHEMA_H

/* 'quot': marks the file as a quoth index, not any SQLite database. */
#define INDEX_APPLICATION_ID	0x71756f74

extern const char *const index_migrations[];
extern const int index_migration_count;

#endif
