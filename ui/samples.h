/*
 * The sample articles that come with quoth: where they are, installed
 * ($(pkgdatadir)/samples) or in the source tree when quoth runs from
 * its build tree.
 */
#ifndef QUOTH_SAMPLES_H
#define QUOTH_SAMPLES_H

char	*samples_dir(void);

#endif
