/* quoth compare: pairs of claims, within articles and across the index. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "cli_private.h"
#include "utf8.h"

#define COMPARE_PER_QUOTE	3	/* counterparts across the index, each */

struct compare {
	struct out	o;
	int		relation;	/* only this one, or -1 */
	struct buf	seen;		/* ",a:b," of pairs printed: no repeats */
};

static void
compare_text_side(const struct quote_row *q)
{
	struct buf	raw = BUF_INIT, safe = BUF_INIT;

	buf_printf(&raw, "  #%-5lld %s (%s): %s", (long long)q->article,
	    q->speaker != NULL ? q->speaker : q->mention != NULL ? q->mention :
	    "unknown", attrib_stance_name(q->stance), q->text);
	utf8_sanitize(&safe, raw.s, raw.len, false);
	printf("%s\n", buf_str(&safe));
	buf_free(&raw);
	buf_free(&safe);
}

/* Text: the relation and why, then each side on a line of its own. */
static void
compare_text(const struct pair_row *p)
{
	struct buf	why = BUF_INIT;

	utf8_sanitize(&why, p->why, strlen(p->why), false);
	printf("%-11s %.2f  %s\n", claims_relation_name(p->relation), p->score,
	    buf_str(&why));
	compare_text_side(p->a);
	compare_text_side(p->b);
	buf_free(&why);
}

static int
compare_row(void *ctx, const struct pair_row *p)
{
	struct compare	*c = ctx;
	char		 key[64];

	snprintf(key, sizeof key, ",%lld:%lld,", (long long)p->a->id,
	    (long long)p->b->id);
	if (strstr(buf_str(&c->seen), key) != NULL)
		return 0;
	buf_adds(&c->seen, key + 1);
	if (c->relation >= 0 && p->relation != c->relation)
		return 0;
	if (c->o.format == OUT_TEXT) {
		compare_text(p);
		return 0;
	}
	out_row(&c->o);
	out_begin_object(&c->o, "a");
	cli_quote_fields(&c->o, p->a);
	out_end_object(&c->o);
	out_begin_object(&c->o, "b");
	cli_quote_fields(&c->o, p->b);
	out_end_object(&c->o);
	out_str(&c->o, "relation", claims_relation_name(p->relation));
	out_real(&c->o, "score", p->score);
	out_str(&c->o, "why", p->why);
	out_end_row(&c->o);
	return 0;
}

int
cli_compare(struct cli *c, int argc, char **argv)
{
	struct compare	 cmp;
	int64_t		*ids = NULL;
	int		 i, rc;

	if ((argc > 0) + c->all + (c->topic != NULL) != 1)
		return cli_fail(c, "%s", "name article ids, or --all, or --topic "
		    "QUERY (one of them)");
	if (argc > 0 && cli_ids(c, argc, argv, &ids) == -1)
		return -1;
	for (i = 0; i < argc; i++)
		if (index_article(c->ix, ids[i], NULL, NULL, &c->err) == -1) {
			free(ids);
			return -1;
		}
	memset(&cmp, 0, sizeof cmp);
	buf_addc(&cmp.seen, ',');
	cmp.relation = c->relation;
	out_init(&cmp.o, c->format, stdout);
	if (c->topic != NULL)
		rc = index_topic_pairs(c->ix, c->topic, c->limit, compare_row, &cmp,
		    &c->err);
	else
		rc = index_pairs(c->ix, ids, argc, c->relation, c->limit,
		    compare_row, &cmp, &c->err);
	for (i = 0; i < argc && rc == 0 && !c->within; i++)
		rc = index_counterparts(c->ix, ids[i], COMPARE_PER_QUOTE,
		    compare_row, &cmp, &c->err);
	out_finish(&cmp.o);
	buf_free(&cmp.seen);
	free(ids);
	return rc;
}
