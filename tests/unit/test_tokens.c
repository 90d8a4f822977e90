/* tokens.c and lexicon.c: words, marks, folding, sentences, look-ups. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "lexicon.h"
#include "scan.h"


/* The text of token i, for messages. */
static const char *
text(size_t i)
{
	return scan_words(&T, (uint32_t)i, (uint32_t)i + 1, 0);
}

static void
test_words(void **state)
{
	scan_tokens("O’Malley’s state-run U.S. team didn't win $12.7 million.");
	assert_int_equal(T.n, 11);
	assert_string_equal(text(0), "O’Malley");
	assert_string_equal(text(1), "’s");
	assert_true(T.v[1].flags & TF_POSS);
	assert_string_equal(text(2), "state-run");
	assert_string_equal(text(3), "U.S.");
	assert_true(T.v[3].flags & TF_ABBREV);
	assert_string_equal(text(5), "didn't");
	assert_string_equal(text(7), "$");
	assert_int_equal(T.v[8].kind, TOK_NUM);
	assert_string_equal(text(8), "12.7");
	assert_string_equal(text(9), "million");
}

static void
test_abbreviations(void **state)
{
	scan_tokens("Sen. Ann Roe and John F. Kennedy met Mr Blair.");
	assert_string_equal(text(0), "Sen.");
	assert_string_equal(text(5), "F.");
	assert_string_equal(text(8), "Mr");
	assert_false(T.v[8].flags & TF_ABBREV);
}

static void
test_case_flags(void **state)
{
	scan_tokens("WALLACE asked Anna and éclair Éric");
	assert_true(T.v[0].flags & TF_UPPER);
	assert_true(T.v[0].flags & TF_CAP);
	assert_false(T.v[1].flags & TF_CAP);
	assert_true(T.v[2].flags & TF_CAP);
	assert_false(T.v[4].flags & TF_CAP);
	assert_true(T.v[5].flags & TF_CAP);
}

static void
test_marks(void **state)
{
	scan_tokens("“a” \"b\" ‘c’ «d» ''e'' `` — …");
	assert_int_equal(T.v[0].mark, MARK_DQ_OPEN);
	assert_int_equal(T.v[2].mark, MARK_DQ_CLOSE);
	assert_int_equal(T.v[3].mark, MARK_DQ);
	assert_int_equal(T.v[6].mark, MARK_SQ_OPEN);
	assert_int_equal(T.v[8].mark, MARK_SQ_CLOSE);
	assert_int_equal(T.v[9].mark, MARK_DQ_OPEN);
	assert_int_equal(T.v[11].mark, MARK_DQ_CLOSE);
	assert_int_equal(T.v[12].mark, MARK_DQ);
	assert_string_equal(text(12), "''");
	assert_int_equal(T.v[15].mark, MARK_DQ_OPEN);
	assert_int_equal(T.v[16].mark, MARK_DASH);
	assert_int_equal(T.v[17].mark, MARK_ELLIPSIS);
}

static void
test_lines(void **state)
{
	scan_tokens("one two\n\nthree\nfour");
	assert_int_equal(T.v[0].line, 0);
	assert_int_equal(T.v[1].line, 0);
	assert_int_equal(T.v[2].line, 1);
	assert_int_equal(T.v[3].line, 2);
	assert_true(T.v[2].flags & TF_LINE_START);
	assert_true(T.v[1].flags & TF_LINE_END);
}

static void
test_fold_and_hash(void **state)
{
	assert_true(tokens_fold_eq("DON’T", 7, "don't"));
	assert_true(tokens_fold_eq("Said", 4, "said more words"));
	assert_false(tokens_fold_eq("sai", 3, "said"));
	assert_false(tokens_fold_eq("saids", 5, "said"));
	assert_int_equal(tokens_hash("It’s", 6), tokens_hash("it's", 4));
	assert_int_not_equal(tokens_hash("its", 3), tokens_hash("it's", 4));
}

static void
test_lexicon(void **state)
{
	static const char *const words[] = { "according to", "according", "said" };
	struct lexicon	lx;

	memset(&lx, 0, sizeof lx);
	lexicon_build(&lx, words, 3, sizeof *words, 0);
	scan_tokens("Said ACCORDING saying");
	assert_int_equal(lexicon_find(&lx, &T, 0), 2);
	assert_int_equal(lexicon_find(&lx, &T, 1), 0);	/* first row wins */
	assert_int_equal(lexicon_find(&lx, &T, 2), -1);
	assert_int_equal(lexicon_find_str(&lx, "said"), 2);
	assert_int_equal(lexicon_first_word("according to"), 9);
	lexicon_free(&lx);
}

static void
test_sentences(void **state)
{
	scan_sentences("Mr. Roe left. The U.S. Army stayed. He said “We won. They lost.” Then he left.");
	assert_int_equal(T.v[0].sent, 0);
	assert_int_equal(T.v[4].sent, 1);	/* "The" */
	assert_int_equal(T.v[7].sent, 1);	/* "stayed": U.S. Army is one sentence */
	assert_int_equal(T.v[9].sent, 2);	/* "He" */
	assert_int_equal(T.v[15].sent, 2);	/* inside the quotation */
	assert_true(T.v[9].flags & TF_SENT_START);
	assert_false(T.v[15].flags & TF_SENT_START);
	assert_int_equal(T.nsent, 4);
}

static void
test_hostile(void **state)
{
	static const char	junk[] = "\xff\xfe\x80 \xe2\x80 \"\"\"\xc0\xaf ’’’ ... ---";
	char			big[20000];
	size_t			i;

	scan_sentences(junk);
	assert_true(T.n > 0);
	for (i = 0; i + 1 < sizeof big; i++)
		big[i] = "\"“”'a .\n"[i % 9];
	big[sizeof big - 1] = '\0';
	scan_sentences(big);
	assert_true(T.n > 0);
	scan_sentences("");
	assert_int_equal(T.n, 0);
	scan_free(&scan_s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_abbreviations),
		cmocka_unit_test(test_case_flags),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_fold_and_hash),
		cmocka_unit_test(test_lexicon),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_hostile),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
