/* said.c: an article's attributions packed in one record, and back. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "said.h"
#include "xmalloc.h"

#define BODY_LEN	400

static void
make(struct attrib_result *r, struct claim_pair *p)
{
	memset(r, 0, sizeof *r);
	r->nsrc = 2;
	r->src = xcalloc(2, sizeof *r->src);
	r->src[0].name = xstrdup("Anselm Dray");
	r->src[0].kind = SOURCE_PERSON;
	r->src[0].role = xstrdup("chairman");
	r->src[0].quotes = 2;
	r->src[0].nmentions = 2;
	r->src[0].mentions = xcalloc(2, sizeof (struct span));
	r->src[0].mentions[0] = (struct span){ 10, 20 };
	r->src[0].mentions[1] = (struct span){ 300, 304 };
	r->src[1].name = xstrdup("Kestrel Courier");
	r->src[1].kind = SOURCE_OUTLET;
	r->n = 2;
	r->v = xcalloc(2, sizeof *r->v);
	r->v[0].quote = (struct span){ 30, 80 };
	r->v[0].direct = true;
	r->v[0].speaker = 0;
	r->v[0].mention = (struct span){ 10, 20 };
	r->v[0].cue = (struct span){ 21, 25 };
	r->v[0].via = xcalloc(1, sizeof (int));
	r->v[0].via[0] = 1;
	r->v[0].nvia = 1;
	r->v[0].stance = STANCE_DENIAL;
	r->v[0].rule = "speaker-cue-quote";
	r->v[0].confidence = 0.95f;
	r->v[1].quote = (struct span){ 100, 160 };
	r->v[1].speaker = -1;
	r->v[1].stance = STANCE_CORRECTION;
	r->v[1].role = xstrdup("spokeswoman");
	r->v[1].rule = "according-to";
	r->v[1].confidence = 0.5f;
	memset(p, 0, sizeof *p);
	p->a = 1;
	p->b = 0;
	p->relation = CLAIM_CONTRADICTS;
	p->score = 0.75f;
	snprintf(p->why, sizeof p->why, "Dray denies what the board asserts");
}

static void
test_roundtrip(void **state)
{
	struct attrib_result	r;
	struct claim_pair	p;
	struct buf		b = BUF_INIT;
	struct said		s;

	make(&r, &p);
	said_pack(&b, &r, &p, 1);
	assert_int_equal(said_unpack(b.s, b.len, BODY_LEN, &s), 0);
	assert_int_equal(s.r.nsrc, 2);
	assert_string_equal(s.r.src[0].name, "Anselm Dray");
	assert_string_equal(s.r.src[0].role, "chairman");
	assert_int_equal(s.r.src[0].kind, SOURCE_PERSON);
	assert_int_equal(s.r.src[0].nmentions, 2);
	assert_int_equal(s.r.src[0].mentions[1].start, 300);
	assert_int_equal(s.r.src[0].mentions[1].end, 304);
	assert_null(s.r.src[1].role);
	assert_int_equal(s.r.n, 2);
	assert_int_equal(s.r.v[0].quote.start, 30);
	assert_int_equal(s.r.v[0].quote.end, 80);
	assert_true(s.r.v[0].direct);
	assert_int_equal(s.r.v[0].speaker, 0);
	assert_int_equal(s.r.v[0].cue.start, 21);
	assert_int_equal(s.r.v[0].nvia, 1);
	assert_int_equal(s.r.v[0].via[0], 1);
	assert_int_equal(s.r.v[0].stance, STANCE_DENIAL);
	assert_string_equal(s.r.v[0].rule, "speaker-cue-quote");
	assert_true(s.r.v[0].confidence > 0.94f && s.r.v[0].confidence < 0.96f);
	assert_int_equal(s.r.v[1].speaker, -1);
	assert_int_equal(s.r.v[1].mention.end, 0);
	assert_string_equal(s.r.v[1].role, "spokeswoman");
	assert_int_equal(s.r.v[1].stance, STANCE_CORRECTION);
	assert_int_equal(s.npairs, 1);
	assert_int_equal(s.pairs[0].a, 1);
	assert_int_equal(s.pairs[0].relation, CLAIM_CONTRADICTS);
	assert_string_equal(s.pairs[0].why, "Dray denies what the board asserts");
	said_free(&s);
	buf_free(&b);
	r.v[0].rule = r.v[1].rule = NULL;
	attrib_result_free(&r);
}

/*
 * Every cut of a record, and spans past a shorter body, are refused.
 * Each cut is copied to a block of its own size, so that a read past
 * its end (a length checked before its own bytes were read) is caught
 * under the address sanitizer.
 */
static void
test_damaged(void **state)
{
	struct attrib_result	r;
	struct claim_pair	p;
	struct buf		b = BUF_INIT;
	struct said		s;
	size_t			n;
	char			*cut;

	make(&r, &p);
	said_pack(&b, &r, &p, 1);
	for (n = 0; n < b.len; n++) {
		cut = xmalloc(n > 0 ? n : 1);
		memcpy(cut, b.s, n);
		assert_int_equal(said_unpack(cut, n, BODY_LEN, &s), -1);
		free(cut);
	}
	assert_int_equal(said_unpack(b.s, b.len, 200, &s), -1);
	b.s[0] = 9;		/* another version */
	assert_int_equal(said_unpack(b.s, b.len, BODY_LEN, &s), -1);
	buf_free(&b);
	r.v[0].rule = r.v[1].rule = NULL;
	attrib_result_free(&r);
}

static void
test_garbage(void **state)
{
	unsigned char	junk[256];
	struct said	s;
	unsigned	seed = 7;
	int		round;
	size_t		i;

	for (round = 0; round < 2000; round++) {
		for (i = 0; i < sizeof junk; i++)
			junk[i] = (unsigned char)((seed = seed * 1103515245 + 12345) >> 16);
		junk[0] = SAID_VERSION;
		if (said_unpack(junk, sizeof junk, 1000, &s) == 0)
			said_free(&s);
	}
}

static void
test_empty(void **state)
{
	struct attrib_result	r;
	struct buf		b = BUF_INIT;
	struct said		s;

	memset(&r, 0, sizeof r);
	said_pack(&b, &r, NULL, 0);
	assert_int_equal(b.len, 4);
	assert_int_equal(said_unpack(b.s, b.len, 0, &s), 0);
	assert_int_equal(s.r.n, 0);
	said_free(&s);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_damaged),
		cmocka_unit_test(test_garbage),
		cmocka_unit_test(test_empty),
	};

	return cmocka_run_group_tests_name("said", tests, NULL, NULL);
}
