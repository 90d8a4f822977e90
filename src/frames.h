/*
 * Frames: a cue bound to its speaker and its content, within a sentence.
 * "Hicks told the Post in an email that X" is a frame with the speaker
 * before the cue, an addressee, an adjunct and the content after; "X, she
 * said" has its content before; "according to the Post, X" and "X,
 * according to the Post" take theirs from where the comma is; a
 * participle (", saying X") takes the subject of the clause it hangs on.
 * The content of a frame ends where its clause does: at a semicolon, or
 * at a comma that opens another frame (", according to", ", she said").
 */
#ifndef QUOTH_FRAMES_H
#define QUOTH_FRAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cues.h"
#include "speakers.h"
#include "tokens.h"

enum frame_who {
	WHO_LEFT,		/* Hicks said */
	WHO_RIGHT,		/* ..., said Hicks */
	WHO_CLAUSE,		/* Hicks ..., saying */
	WHO_ACCORDING,		/* according to Hicks */
	WHO_NONE		/* "Asked whether ..., she said": no one named */
};

enum frame_side {
	SIDE_NONE,
	SIDE_RIGHT,		/* content after the cue */
	SIDE_LEFT		/* content before the speaker */
};

struct frame {
	struct cue	cue;
	struct mention	who;
	uint32_t	first;		/* tokens [first, last): the attributing */
	uint32_t	last;		/*   words, speaker to "that" */
	uint32_t	stance_first;	/* where stance cues are read from */
	uint32_t	role_first;	/* an appositive role: "X, the Y, said" */
	uint32_t	role_last;
	uint32_t	object_first;	/* the addressee: "told the Post" */
	uint32_t	object_last;
	uint32_t	content_first;	/* tokens of the content */
	uint32_t	content_last;
	uint32_t	sent;
	enum frame_who	how;
	enum frame_side	side;
	bool		colon;		/* "said:" */
	bool		seeming;	/* "X appears to be Y": no source */
	bool		unnamed;	/* a speaker we could not read */
	bool		guessed;	/* a speaker read from afar: "voters who
					   in polls say", the clause's subject */
	bool		relative;	/* in a relative clause: "voters who say" */
};

struct frames {
	struct frame	*v;
	size_t		 n;
	size_t		 cap;
};

bool	frames_joins(const struct tokens *, size_t);
void	frames_find(const struct tokens *, struct frames *);
void	frames_free(struct frames *);

#endif
