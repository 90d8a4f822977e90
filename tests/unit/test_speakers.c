/* speakers.c: the phrases that name speakers, their names and roles. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "scan.h"
#include "speakers.h"


static const char *
words(uint32_t a, uint32_t b, int which)
{
	return scan_words(&T, a, b, which);
}

/* The token of the first occurrence of word w. */
static size_t
at(const char *w)
{
	size_t	i = scan_at(&T, w, 0);

	if (i == T.n)
		fail_msg("no %s", w);
	return i;
}

/* The phrase before word w (its first occurrence), checked. */
static void
left(const char *s, const char *w, enum mention_kind kind, const char *all,
    const char *name, const char *role)
{
	struct mention	m;

	scan_sentences(s);
	assert_true(speakers_left(&T, at(w), 0, &m));
	assert_int_equal(m.kind, kind);
	assert_string_equal(words(m.first, m.last, 0), all);
	assert_string_equal(words(m.name_first, m.name_last, 1), name);
	assert_string_equal(words(m.role_first, m.role_last, 2), role);
}

static void
test_names_and_roles(void **state)
{
	left("Trump campaign spokeswoman Hope Hicks told the Post.", "told",
	    MENTION_NAME, "Trump campaign spokeswoman Hope Hicks", "Hope Hicks",
	    "Trump campaign spokeswoman");
	left("Russia’s Deputy Foreign Minister Sergei Ryabkov told them.", "told",
	    MENTION_NAME, "Russia’s Deputy Foreign Minister Sergei Ryabkov",
	    "Sergei Ryabkov", "Deputy Foreign Minister");
	left("Sen. Ada Brun (D-Vt.) said so.", "said", MENTION_NAME,
	    "Sen. Ada Brun", "Ada Brun", "Sen.");
	left("Former Secretary of State Lena Vik said so.", "said",
	    MENTION_NAME, "Former Secretary of State Lena Vik", "Lena Vik",
	    "Former Secretary of State");
}

static void
test_descriptions(void **state)
{
	left("The Russian deputy foreign minister said it.", "said",
	    MENTION_ROLE, "The Russian deputy foreign minister", "",
	    "Russian deputy foreign minister");
	left("Then a spokesman for the campaign said it.", "said", MENTION_ROLE,
	    "a spokesman for the campaign", "", "spokesman for the campaign");
	left("In March the self-described democratic socialist said it.",
	    "said", MENTION_ROLE, "the self-described democratic socialist", "",
	    "self-described democratic socialist");
}

static void
test_groups_things_and_counts(void **state)
{
	left("Senior officials said it.", "said", MENTION_GROUP,
	    "Senior officials", "", "");
	left("Later the Justice Department said it.", "said", MENTION_ORG,
	    "the Justice Department", "", "");
	left("In October, a joint letter from the Office of the Director of "
	    "National Intelligence and the Department of Homeland Security "
	    "formally accused Russia.", "formally", MENTION_DOCUMENT,
	    "a joint letter from the Office of the Director of National "
	    "Intelligence and the Department of Homeland Security", "", "");
	left("Of those asked, six in 10 said yes.", "said", MENTION_GROUP,
	    "six in 10", "", "");
	left("Among them, 46 percent said yes.", "said", MENTION_GROUP,
	    "46 percent", "", "");
}

static void
test_not_speakers(void **state)
{
	struct mention	m;

	scan_sentences("It rained, and then said nothing. His said it.");
	assert_false(speakers_left(&T, at("said"), 0, &m));
	assert_false(speakers_right(&T, at("then"), T.n, &m));
	scan_sentences("She spoke on the same call.");
	assert_false(speakers_right(&T, at("on"), T.n, &m));
	scan_sentences("he said");
	assert_true(speakers_left(&T, 1, 0, &m));
	assert_int_equal(m.kind, MENTION_PRONOUN);
}

static void
test_right(void **state)
{
	struct mention	m;

	scan_sentences("“No,” said undecided voter Jane Roe of Derry, before leaving.");
	assert_true(speakers_right(&T, at("said") + 1, T.n, &m));
	assert_int_equal(m.kind, MENTION_NAME);
	assert_string_equal(words(m.name_first, m.name_last, 0), "Jane Roe");
	scan_sentences("“No,” said the Russian state-run news agency Interfax.");
	assert_true(speakers_right(&T, at("said") + 1, T.n, &m));
	assert_string_equal(words(m.first, m.last, 0),
	    "the Russian state-run news agency Interfax");
}

static void
subject(const char *s, const char *stop, const char *want)
{
	struct mention	m;

	scan_sentences(s);
	assert_true(speakers_subject(&T, 0, at(stop), &m));
	assert_string_equal(words(m.first, m.last, 0), want);
}

static void
test_subjects(void **state)
{
	subject("However, Lena Vik said it.", "it", "Lena Vik");
	subject("Following a swiftly called, late meeting, the council issued "
	    "a statement saying it.", "saying", "the council");
	subject("Greel’s rival, treasurer Nadia Voss, had a different view: no.",
	    "view", "treasurer Nadia Voss");
	subject("But the mayor later sought a change, saying it.", "saying",
	    "the mayor");
	scan_free(&scan_s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_and_roles),
		cmocka_unit_test(test_descriptions),
		cmocka_unit_test(test_groups_things_and_counts),
		cmocka_unit_test(test_not_speakers),
		cmocka_unit_test(test_right),
		cmocka_unit_test(test_subjects),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
