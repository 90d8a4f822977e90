/* frames.c: cues bound to speakers and contents. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "frames.h"
#include "scan.h"

static struct frames	F;

static void
find(const char *s)
{
	frames_free(&F);
	scan_text(&scan_s, s, true, frames_joins);
	frames_find(&T, &F);
}

static const char *
words(uint32_t a, uint32_t b, int which)
{
	return scan_words(&T, a, b, which);
}

/* Frame k's speaker, cue and content, checked. */
static void
check(size_t k, enum frame_who how, enum frame_side side, const char *who,
    const char *cue, const char *content)
{
	const struct frame	*f;

	assert_true(k < F.n);
	f = &F.v[k];
	assert_int_equal(f->how, how);
	assert_int_equal(f->side, side);
	assert_string_equal(words(f->who.first, f->who.last, 0), who);
	assert_string_equal(words(f->cue.first, f->cue.last, 1), cue);
	assert_string_equal(words(f->content_first, f->content_last, 2),
	    content);
}

static void
test_speaker_then_content(void **state)
{
	find("Hicks told the Post in an email that the plan works.");
	assert_int_equal(F.n, 1);
	check(0, WHO_LEFT, SIDE_RIGHT, "Hicks", "told", "the plan works");
	assert_string_equal(words(F.v[0].object_first, F.v[0].object_last, 3),
	    "the Post");
	find("The minister said Thursday that talks would resume.");
	check(0, WHO_LEFT, SIDE_RIGHT, "The minister", "said",
	    "talks would resume");
}

static void
test_content_then_speaker(void **state)
{
	find("The plan works, Hicks said on Monday.");
	check(0, WHO_LEFT, SIDE_LEFT, "Hicks", "said", "The plan works");
	find("The plan works, said Hicks.");
	check(0, WHO_RIGHT, SIDE_LEFT, "Hicks", "said", "The plan works");
	find("The pier, which Ann Roe opened on Monday, is safe, aides said.");
	check(F.n - 1, WHO_LEFT, SIDE_LEFT, "aides", "said",
	    "The pier, which Ann Roe opened on Monday, is safe");
	find("The library will open on Sundays, the librarian announced on "
	    "Friday, after a petition.");
	check(0, WHO_LEFT, SIDE_LEFT, "the librarian", "announced",
	    "The library will open on Sundays");
	find("“Why now?” Ada Brun asked.");
	assert_int_equal(T.nsent, 1);
	check(0, WHO_LEFT, SIDE_LEFT, "Ada Brun", "asked", "“Why now?”");
}

static void
test_according_to(void **state)
{
	find("According to the report, the plan works.");
	check(0, WHO_ACCORDING, SIDE_RIGHT, "the report", "According to",
	    "the plan works");
	find("The plan works, according to the report.");
	check(0, WHO_ACCORDING, SIDE_LEFT, "the report", "according to",
	    "The plan works");
	find("According to early results of a survey of growers conducted for "
	    "the valley board, the frost came early.");
	check(0, WHO_ACCORDING, SIDE_RIGHT, "early results of a survey",
	    "According to", "the frost came early");
	find("Now, according to recent polls, the mayor leads.");
	check(0, WHO_ACCORDING, SIDE_RIGHT, "recent polls", "according to",
	    "the mayor leads");
	find("Ann Roe said the pier was safe, according to two officials.");
	check(1, WHO_ACCORDING, SIDE_LEFT, "two officials", "according to",
	    "Ann Roe said the pier was safe");
}

static void
test_participles_and_clauses(void **state)
{
	find("Hicks said the plan works, adding that it is cheap.");
	assert_int_equal(F.n, 2);
	check(0, WHO_LEFT, SIDE_RIGHT, "Hicks", "said", "the plan works");
	check(1, WHO_CLAUSE, SIDE_RIGHT, "Hicks", "adding", "it is cheap");
	find("The Post said that Marrow later changed course, saying that "
	    "only two berths open.");
	check(1, WHO_CLAUSE, SIDE_RIGHT, "Marrow", "saying",
	    "only two berths open");
	find("Fields tweeted a photograph and said she had been pulled back.");
	check(F.n - 1, WHO_CLAUSE, SIDE_RIGHT, "Fields", "said",
	    "she had been pulled back");
	/* the subject of the content cannot speak: the denier calls */
	find("The board denied on Monday that a new levy was aimed at ferries, "
	    "calling it fair.");
	check(1, WHO_CLAUSE, SIDE_RIGHT, "The board", "calling", "it fair");
}

static void
test_appositives(void **state)
{
	find("Hicks, the campaign spokeswoman, said the plan works.");
	check(0, WHO_LEFT, SIDE_RIGHT, "Hicks", "said", "the plan works");
	assert_string_equal(words(F.v[0].role_first, F.v[0].role_last, 3),
	    "campaign spokeswoman");
	find("In a year of anger, voters stay home, said Ann Roe.");
	check(0, WHO_RIGHT, SIDE_LEFT, "Ann Roe", "said",
	    "In a year of anger, voters stay home");
	/* the title before the name is no content of its own */
	find("“No file left,” the board’s chief executive, Ada Brun, said.");
	check(0, WHO_LEFT, SIDE_LEFT, "Ada Brun", "said", "“No file left,”");
	/* a title with a relative clause: its head is before "that" */
	find("The company that built the pier, Orsett Civil, said it was safe.");
	check(0, WHO_LEFT, SIDE_RIGHT, "Orsett Civil", "said", "it was safe");
	assert_string_equal(words(F.v[0].role_first, F.v[0].role_last, 3),
	    "company");
	/* asking not to be named says nothing */
	find("A miller, who declined to be named, said prices would rise.");
	assert_int_equal(F.n, 1);
	check(0, WHO_LEFT, SIDE_RIGHT, "A miller", "said", "prices would rise");
}

static void
test_content_ends(void **state)
{
	find("Ryabkov said the talks were useful, which surprised many.");
	check(0, WHO_LEFT, SIDE_RIGHT, "Ryabkov", "said",
	    "the talks were useful");
	find("The firm declined to comment.");
	check(0, WHO_LEFT, SIDE_RIGHT, "The firm", "declined", "to comment");
	find("Ines Marrow, who declined to comment, left early.");
	check(0, WHO_LEFT, SIDE_RIGHT, "Ines Marrow, who", "declined",
	    "to comment");
	find("Rafe Calder, the harbour master, on Friday said the plan was "
	    "sound.");
	check(0, WHO_LEFT, SIDE_RIGHT, "Rafe Calder", "said",
	    "the plan was sound");
	find("Bo Lind endorsed the levy in early June, and Cy Ward praised the "
	    "crew again on Friday.");
	check(0, WHO_LEFT, SIDE_RIGHT, "Bo Lind", "endorsed", "the levy");
	check(1, WHO_LEFT, SIDE_RIGHT, "Cy Ward", "praised", "the crew");
	find("The meeting ended, officials said, and talks go on.");
	check(0, WHO_LEFT, SIDE_LEFT, "officials", "said", "The meeting ended");
}

/* A question put: its content ends at its comma, and who put it or was
 * asked it is not its source. */
static void
test_questions_put(void **state)
{
	find("Asked by a reporter whether the ferry would run, Ann Roe said "
	    "it would.");
	check(0, WHO_NONE, SIDE_RIGHT, "", "Asked", "whether the ferry would run");
	assert_string_equal(words(F.v[0].object_first, F.v[0].object_last, 3),
	    "a reporter");
	check(1, WHO_LEFT, SIDE_RIGHT, "Ann Roe", "said", "it would");
	find("The mayor was asked whether the pier would reopen.");
	check(0, WHO_NONE, SIDE_RIGHT, "", "was asked",
	    "whether the pier would reopen");
	find("The mayor was asked to leave.");
	assert_int_equal(F.n, 0);
}

static void
test_unnamed_and_guessed(void **state)
{
	find("Nearly half of the 40 growers say the frost came early.");
	assert_int_equal(F.n, 1);
	check(0, WHO_LEFT, SIDE_RIGHT, "", "say", "the frost came early");
	assert_true(F.v[0].unnamed);
	find("The mayor dismissed Lena Ortiz's claim that the bridge was "
	    "unsafe.");
	assert_int_equal(F.n, 2);
	check(1, WHO_LEFT, SIDE_RIGHT, "Lena Ortiz's", "claim",
	    "the bridge was unsafe");
	assert_true(F.v[1].guessed);
	find("Tenants who in March said the heating failed were moved.");
	check(0, WHO_LEFT, SIDE_RIGHT, "Tenants who in March", "said",
	    "the heating failed were moved");
	assert_true(F.v[0].guessed);
	assert_true(F.v[0].relative);
	find("The growers in the valley this spring all said the frost came "
	    "early.");
	check(0, WHO_LEFT, SIDE_RIGHT, "", "said", "the frost came early");
	assert_true(F.v[0].unnamed);
	find("The storm led the growers to say that the frost came early.");
	check(0, WHO_LEFT, SIDE_RIGHT, "", "say", "the frost came early");
	assert_true(F.v[0].unnamed);
	find("Ann Roe agreed to tell the board the pier would reopen.");
	check(1, WHO_LEFT, SIDE_RIGHT, "Ann Roe", "tell",
	    "the pier would reopen");
	assert_true(F.v[1].guessed);
	find("Ann Roe declined to say whether the pier would reopen.");
	assert_int_equal(F.n, 1);
	find("Growers who backed the levy, as most did, stayed home.");
	check(0, WHO_LEFT, SIDE_RIGHT, "Growers who", "backed", "the levy");
	assert_true(F.v[0].relative);
	find("Some growers backed the levy.");
	assert_int_equal(F.n, 0);	/* a weak cue needs a clear speaker */
	find("That said, the plan works. Editor's note: the pier is closed. "
	    "Ann Roe's tweet came late.");
	assert_int_equal(F.n, 0);
	find("Ann Roe went on the radio.");
	check(0, WHO_LEFT, SIDE_NONE, "Ann Roe", "went on", "");
}

/* A noun that carries a view: its possessor, or the subject of the
 * clause it is the object of, is its speaker. */
static void
test_nouns(void **state)
{
	find("The mayor voiced support for the new ferry route.");
	assert_int_equal(F.n, 2);
	check(1, WHO_LEFT, SIDE_RIGHT, "The mayor", "support for",
	    "the new ferry route");
	assert_true(F.v[1].guessed);
	find("Questions about the budget grew, and Ann Roe's decision to wait "
	    "surprised some.");
	check(0, WHO_LEFT, SIDE_RIGHT, "", "Questions about", "the budget grew");
	assert_true(F.v[0].unnamed);
	check(1, WHO_LEFT, SIDE_RIGHT, "Ann Roe's", "decision to",
	    "wait surprised some");
	find("Ann Roe declined to comment on the levy.");
	assert_int_equal(F.n, 1);	/* "comment on" is a verb here */
}

static void
test_no_frames(void **state)
{
	find("It was said that the plan works. He refused to say it. "
	    "Hope Hicks left. His claims were false.");
	assert_int_equal(F.n, 1);
	check(0, WHO_LEFT, SIDE_RIGHT, "He", "refused", "to say it");
	frames_free(&F);
	scan_free(&scan_s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_speaker_then_content),
		cmocka_unit_test(test_content_then_speaker),
		cmocka_unit_test(test_according_to),
		cmocka_unit_test(test_participles_and_clauses),
		cmocka_unit_test(test_appositives),
		cmocka_unit_test(test_content_ends),
		cmocka_unit_test(test_questions_put),
		cmocka_unit_test(test_unnamed_and_guessed),
		cmocka_unit_test(test_nouns),
		cmocka_unit_test(test_no_frames),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
