/*
 * attrib.c: each rule of the pipeline on a sentence of its own, the traps
 * it must not fall into, hostile input, and whole fixture articles held
 * against their golden JSON (tests/fixtures/attrib/NAME.json;
 * QUOTH_UPDATE_GOLDEN=1 writes them instead).
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "attrib.h"
#include "buf.h"
#include "out.h"
#include "xmalloc.h"

static struct attrib_result	R;
static const char		*B;

static void
run(const char *body)
{
	attrib_result_free(&R);
	B = body;
	attrib_article(body, strlen(body), &R);
}

/* The text of a span of the body. */
static const char *
span(struct span s, int which)
{
	static char	out[4][256];

	snprintf(out[which], sizeof out[which], "%.*s", (int)(s.end - s.start),
	    B + s.start);
	return out[which];
}

/* The attribution whose quotation is exactly q, or NULL. */
static const struct attribution *
find(const char *q)
{
	size_t	i;

	for (i = 0; i < R.n; i++)
		if (strcmp(span(R.v[i].quote, 0), q) == 0)
			return &R.v[i];
	return NULL;
}

static const char *
speaker(const struct attribution *a)
{
	return a->speaker >= 0 ? R.src[a->speaker].name : "(none)";
}

/* Quotation q was found, by rule, with this speaker and directness. */
static const struct attribution *
expect(const char *q, const char *rule, const char *who, bool direct)
{
	const struct attribution	*a = find(q);

	if (a == NULL)
		fail_msg("no attribution \"%s\"", q);
	assert_string_equal(a->rule, rule);
	assert_string_equal(speaker(a), who);
	assert_int_equal(a->direct, direct);
	return a;
}

static void
test_quote_then_cue(void **state)
{
	const struct attribution	*a;

	run("“The roof comes first,” councillor Amos Greel said.");
	a = expect("The roof comes first", "quote-cue-speaker", "Amos Greel",
	    true);
	assert_string_equal(span(a->mention, 1), "councillor Amos Greel");
	assert_string_equal(a->role, "councillor");
	assert_string_equal(span(a->cue, 2), "said");
	run("“The roof comes first,” said Amos Greel, the treasurer.");
	expect("The roof comes first", "quote-cue-speaker", "Amos Greel", true);
}

static void
test_cue_then_quote(void **state)
{
	const struct attribution	*a;

	run("Spokeswoman Ines Marrow told the Marlow Gazette in an email that "
	    "“No ship was delayed.”");
	a = expect("No ship was delayed.", "speaker-cue-quote", "Ines Marrow",
	    true);
	assert_int_equal(a->nvia, 1);
	assert_string_equal(R.src[a->via[0]].name, "Marlow Gazette");
	assert_int_equal(R.src[a->via[0]].kind, SOURCE_OUTLET);
	assert_int_equal(a->stance, STANCE_DENIAL);
}

static void
test_partial_quotes(void **state)
{
	run("Ferrand said there was “sporadic” though “not always productive” "
	    "contact with the pilots.");
	expect("sporadic", "partial-quote", "Ferrand", true);
	assert_int_equal(expect("not always productive", "partial-quote",
	    "Ferrand", true)->stance, STANCE_CLAIM);
	expect("there was “sporadic” though “not always productive” contact "
	    "with the pilots", "speaker-cue-content", "Ferrand", false);
}

static void
test_colons(void **state)
{
	run("Nadia Voss: “The hall pays for itself.”");
	expect("The hall pays for itself.", "speaker-colon-quote", "Nadia Voss",
	    true);
	run("Nadia Voss had a different view: “The hall pays for itself.”");
	expect("The hall pays for itself.", "colon-introduction", "Nadia Voss",
	    true);
	run("Nadia Voss put it this way:\n\n“The hall pays for itself.”");
	expect("The hall pays for itself.", "colon-introduction", "Nadia Voss",
	    true);
}

static void
test_labels_and_dashes(void **state)
{
	run("“HOST: Will the hall close? GUEST: Not this year.”");
	expect("Will the hall close? GUEST: Not this year.", "transcript-label",
	    "HOST", true);
	run("“The quay is our workplace.” ― Rafe Calder");
	expect("The quay is our workplace.", "quote-dash-speaker",
	    "Rafe Calder", true);
}

static void
test_same_sentence_and_subject(void **state)
{
	run("In his letter Amos Greel, who had “no intention” of leaving, "
	    "said the vote was fair.");
	expect("no intention", "same-sentence-cue", "Amos Greel", true);
	run("Visitors to the museum scribbled “charming” and “too small” in "
	    "the guest book.");
	assert_string_equal(span(expect("charming", "sentence-subject",
	    "Visitors", true)->mention, 1), "Visitors to the museum");
}

static void
test_paragraph_rules(void **state)
{
	run("“We will keep asking,” Rafe Calder said. “Someone must answer.”\n\n"
	    "“It is a long winter.”");
	expect("Someone must answer.", "same-paragraph-speaker", "Rafe Calder",
	    true);
	expect("It is a long winter.", "paragraph-after-speaker",
	    "Rafe Calder", true);
	run("Nadia Voss said: “I have spoken to the builders.\n\n"
	    "“They agree with me.”");
	expect("They agree with me.", "continued-quote", "Nadia Voss", true);
	run("Rafe Calder said the count was fair.\n\n"
	    "Outside, on a banner: “We will keep asking until someone "
	    "answers.”");
	expect("We will keep asking until someone answers.",
	    "nearest-earlier-speaker", "Rafe Calder", true);
}

static void
test_reported_speech(void **state)
{
	const struct attribution	*a;

	run("The minister said Tuesday that the channel would open in May.");
	expect("the channel would open in May", "speaker-cue-content",
	    "minister", false);
	run("The channel would open in May, the minister said.");
	expect("The channel would open in May", "content-cue-speaker",
	    "minister", false);
	run("According to the harbour board, the channel would open in May.");
	a = expect("the channel would open in May", "according-to",
	    "harbour board", false);
	assert_int_equal(R.src[a->speaker].kind, SOURCE_ORGANIZATION);
	run("Ines Marrow praised the pilots, saying they had worked hard.");
	expect("they had worked hard", "participle-cue", "Ines Marrow", false);
}

/* A cue whose speaker cannot be read still gives its content, and lends
 * no speaker to the quotations around it. */
static void
test_unnamed_speaker(void **state)
{
	run("Rafe Calder said the count was fair. Most of the 40 growers say "
	    "the frost came early. “We lost the orchard.”");
	expect("the frost came early", "cue-content-unnamed", "(none)", false);
	expect("We lost the orchard.", "same-paragraph-speaker", "Rafe Calder",
	    true);
}

static void
test_coreference(void **state)
{
	const struct attribution	*a;

	run("The deputy transport minister said the channel was safe.\n\n"
	    "Deputy Transport Minister Odile Ferrand told reporters that "
	    "“the work is on time.”\n\nShe said the pilots agreed.");
	a = expect("the channel was safe", "speaker-cue-content",
	    "Odile Ferrand", false);
	assert_string_equal(span(a->mention, 1),
	    "The deputy transport minister");
	a = expect("the pilots agreed", "speaker-cue-content", "Odile Ferrand",
	    false);
	assert_string_equal(span(a->mention, 1), "She");
	assert_string_equal(R.src[a->speaker].role, "Deputy Transport Minister");
}

static void
test_relays(void **state)
{
	const struct attribution	*a;

	run("Odile Ferrand said the channel was safe, according to the "
	    "Marlow Gazette.\n\nThe Gazette said that Ines Marrow later sought "
	    "to change the interpretation of those remarks, saying that only "
	    "one berth would open.\n\nRafe Calder said the berth was "
	    "too small, according to the same report.");
	a = expect("the channel was safe", "speaker-cue-content",
	    "Odile Ferrand", false);
	assert_int_equal(a->nvia, 1);
	assert_string_equal(R.src[a->via[0]].name, "Marlow Gazette");
	a = expect("only one berth would open", "participle-cue", "Ines Marrow",
	    false);
	assert_int_equal(a->stance, STANCE_CORRECTION);
	assert_int_equal(a->nvia, 1);
	assert_string_equal(R.src[a->via[0]].name, "Marlow Gazette");
	assert_null(find("Ines Marrow later sought to change the "
	    "interpretation of those remarks"));	/* the Gazette relays */
	a = expect("the berth was too small", "speaker-cue-content",
	    "Rafe Calder", false);
	assert_int_equal(a->nvia, 1);
	assert_string_equal(R.src[a->via[0]].name, "Marlow Gazette");
}

static void
test_stances(void **state)
{
	run("The council denied that it had cut the grant.");
	assert_int_equal(expect("it had cut the grant", "speaker-cue-content",
	    "council", false)->stance, STANCE_DENIAL);
	run("The ferry operator declined to comment.");
	assert_int_equal(expect("to comment", "speaker-cue-content",
	    "ferry operator", false)->stance, STANCE_REFUSAL);
	run("Maren Holt later clarified that the hours would change.");
	assert_int_equal(expect("the hours would change", "speaker-cue-content",
	    "Maren Holt", false)->stance, STANCE_CORRECTION);
}

static void
test_traps(void **state)
{
	size_t	i;

	/* titles and scare quotes with no one saying them */
	run("The exhibition “Lamps of the North Sea” opened on Saturday.\n\n"
	    "Holt appeared on “Coastal Morning” to talk about it.\n\n"
	    "The so-called “reform” went nowhere.");
	for (i = 0; i < R.n; i++)
		assert_false(R.v[i].direct);
	/* a quotation inside a quotation is not attributed twice */
	run("“They told me ‘the beams will not last’ and I believe them,” "
	    "Voss said.");
	assert_int_equal(R.n, 1);
	assert_null(find("the beams will not last"));
	/* capitalised cue words are names: Hope is no cue here */
	run("Spokeswoman Hope Hicks told the Post that it was over.");
	expect("it was over", "speaker-cue-content", "Hope Hicks", false);
	assert_int_equal(R.n, 1);
}

static void
test_hostile_input(void **state)
{
	size_t	n = 200000, i;
	char	*s = xmalloc(n + 1);

	for (i = 0; i < n; i++)
		s[i] = "“said ” \"he said\" ‘ according to , who: —\n\n"[i % 47];
	s[n] = '\0';
	run(s);
	for (i = 0; i < R.n; i++) {
		assert_true(R.v[i].quote.start <= R.v[i].quote.end);
		assert_true(R.v[i].quote.end <= n);
		assert_true(R.v[i].speaker < (int)R.nsrc);
	}
	for (i = 0; i < n; i++)
		s[i] = (char)(i * 7919 % 251 + 1);
	run(s);
	memset(s, 'a', n);
	run(s);
	/* one endless sentence of cues and quotation marks, no full stop */
	for (i = 0; i + 1 < n; i++)
		s[i] = "Ann said, \xe2\x80\x9cx x x "[i % 19];
	s[n - 1] = '\0';
	run(s);
	assert_true(R.n > 1000);
	run("");
	assert_int_equal(R.n, 0);
	free(s);
}

static void
test_names(void **state)
{
	assert_string_equal(attrib_stance_name(STANCE_REFUSAL), "refusal");
	assert_int_equal(attrib_stance_parse("correction"), STANCE_CORRECTION);
	assert_int_equal(attrib_stance_parse("shrug"), -1);
	assert_string_equal(attrib_kind_name(SOURCE_DOCUMENT), "document");
}

/* ---- whole articles against golden JSON ---- */

static void
golden_attribution(struct buf *b, const struct attribution *a)
{
	size_t	i;

	buf_adds(b, "{\"quote\": ");
	out_json_string(b, B + a->quote.start, a->quote.end - a->quote.start);
	buf_printf(b, ", \"direct\": %s, \"speaker\": ", a->direct ? "true" :
	    "false");
	out_json_string(b, speaker(a), strlen(speaker(a)));
	buf_adds(b, ", \"mention\": ");
	out_json_string(b, B + a->mention.start, a->mention.end -
	    a->mention.start);
	buf_adds(b, ", \"role\": ");
	out_json_string(b, a->role != NULL ? a->role : "", a->role != NULL ?
	    strlen(a->role) : 0);
	buf_adds(b, ", \"cue\": ");
	out_json_string(b, B + a->cue.start, a->cue.end - a->cue.start);
	buf_adds(b, ", \"via\": [");
	for (i = 0; i < a->nvia; i++) {
		buf_adds(b, i > 0 ? ", " : "");
		out_json_string(b, R.src[a->via[i]].name,
		    strlen(R.src[a->via[i]].name));
	}
	buf_printf(b, "], \"stance\": \"%s\", \"rule\": \"%s\"}\n",
	    attrib_stance_name(a->stance), a->rule);
}

static void
golden_source(struct buf *b, const struct source *s)
{
	buf_adds(b, "{\"source\": ");
	out_json_string(b, s->name, strlen(s->name));
	buf_printf(b, ", \"kind\": \"%s\", \"mentions\": %zu, \"quotes\": %u}\n",
	    attrib_kind_name(s->kind), s->nmentions, s->quotes);
}

static char *
slurp(const char *path, size_t *n)
{
	struct buf	b = BUF_INIT;
	char		chunk[4096];
	size_t		k;
	FILE		*f = fopen(path, "rb");

	if (f == NULL)
		return NULL;
	while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, k);
	fclose(f);
	*n = b.len;
	if (b.len == 0)
		buf_adds(&b, "");
	return buf_detach(&b);
}

/* Run a fixture article (title line, blank line, body) against NAME.json. */
static void
golden(const char *name)
{
	const char	*dir = getenv("top_srcdir");
	char		*path, *text, *want, *body;
	struct buf	 got = BUF_INIT;
	size_t		 n, wn, i;
	FILE		*f;

	path = xasprintf("%s/tests/fixtures/attrib/%s.txt", dir ? dir : ".",
	    name);
	assert_non_null(text = slurp(path, &n));
	body = strstr(text, "\n\n");
	body = body != NULL ? body + 2 : text;
	body[strcspn(body, "\0")] = '\0';
	while (strlen(body) > 0 && body[strlen(body) - 1] == '\n')
		body[strlen(body) - 1] = '\0';
	run(body);
	for (i = 0; i < R.n; i++)
		golden_attribution(&got, &R.v[i]);
	for (i = 0; i < R.nsrc; i++)
		golden_source(&got, &R.src[i]);
	free(path);
	path = xasprintf("%s/tests/fixtures/attrib/%s.json", dir ? dir : ".",
	    name);
	if (getenv("QUOTH_UPDATE_GOLDEN") != NULL) {
		assert_non_null(f = fopen(path, "w"));
		fwrite(buf_str(&got), 1, got.len, f);
		fclose(f);
	} else {
		assert_non_null(want = slurp(path, &wn));
		assert_string_equal(buf_str(&got), want);
		free(want);
	}
	attrib_result_free(&R);
	buf_free(&got);
	free(path);
	free(text);
}

static void
test_golden_channel(void **state)
{
	golden("channel");
}

static void
test_golden_marks(void **state)
{
	golden("marks");
}

static void
test_golden_traps(void **state)
{
	golden("traps");
}

static void
test_golden_single(void **state)
{
	golden("single");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quote_then_cue),
		cmocka_unit_test(test_cue_then_quote),
		cmocka_unit_test(test_partial_quotes),
		cmocka_unit_test(test_colons),
		cmocka_unit_test(test_labels_and_dashes),
		cmocka_unit_test(test_same_sentence_and_subject),
		cmocka_unit_test(test_paragraph_rules),
		cmocka_unit_test(test_reported_speech),
		cmocka_unit_test(test_unnamed_speaker),
		cmocka_unit_test(test_coreference),
		cmocka_unit_test(test_relays),
		cmocka_unit_test(test_stances),
		cmocka_unit_test(test_traps),
		cmocka_unit_test(test_hostile_input),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_golden_channel),
		cmocka_unit_test(test_golden_marks),
		cmocka_unit_test(test_golden_traps),
		cmocka_unit_test(test_golden_single),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
