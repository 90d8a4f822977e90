/*
 * Stance: is an attribution a claim, a denial, a correction (a walk-back)
 * or a refusal?  Read from the words that attribute it ("denied",
 * "sought to change the interpretation of", "declined to comment") and,
 * for denials, from the content itself when its main clause is negated
 * ("The campaign had no contact with ...").  A negation elsewhere in the
 * content ("not always productive") is not a denial.
 */
#ifndef QUOTH_STANCE_H
#define QUOTH_STANCE_H

#include <stddef.h>
#include <stdint.h>

#include "attrib.h"
#include "tokens.h"

enum stance	stance_of_frame(const struct tokens *, size_t, size_t);
bool		stance_negated(const struct tokens *, size_t, size_t);
enum stance	stance_of(const struct tokens *, size_t, size_t, size_t, size_t);

#endif
