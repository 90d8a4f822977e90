/* pipeline.c: items worked on threads, taken back in the order pushed. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "pipeline.h"

#define N	500

struct item {
	int	seq;
	int	worked;		/* times */
};

/* Uneven work, so that workers finish out of order. */
static void
work(void *arg)
{
	struct item	*it = arg;
	struct timespec	 ts = { 0, (it->seq % 7) * 20000L };

	nanosleep(&ts, NULL);
	it->worked++;
}

/* Push N items through a ring of size, taking back as it fills. */
static void
run(size_t size, size_t threads)
{
	struct pipeline	*p = pipeline_new(work, size, threads);
	struct item	*v = calloc(N, sizeof *v), *it;
	int		 i, next = 0;

	assert_non_null(v);
	for (i = 0; i < N; i++) {
		v[i].seq = i;
		while (pipeline_full(p)) {
			assert_non_null(it = pipeline_take(p, true));
			assert_int_equal(it->seq, next++);
			assert_int_equal(it->worked, 1);
		}
		pipeline_push(p, &v[i]);
	}
	while ((it = pipeline_take(p, true)) != NULL) {
		assert_int_equal(it->seq, next++);
		assert_int_equal(it->worked, 1);
	}
	assert_int_equal(next, N);
	assert_null(pipeline_take(p, false));
	pipeline_free(p);
	free(v);
}

static void
test_one_worker(void **state)
{
	(void)state;
	run(16, 1);
}

static void
test_workers_finish_out_of_order(void **state)
{
	(void)state;
	run(16, 4);
	run(1, 3);
}

static void
test_default_workers(void **state)
{
	(void)state;
	run(64, 0);
}

/* Without waiting, nothing comes back before it is worked. */
static void
test_take_without_wait(void **state)
{
	struct pipeline	*p = pipeline_new(work, 4, 2);
	struct item	 v[3] = { { 6, 0 }, { 0, 0 }, { 0, 0 } }, *it;
	int		 got = 0;

	(void)state;
	pipeline_push(p, &v[0]);
	pipeline_push(p, &v[1]);
	pipeline_push(p, &v[2]);
	while (got < 3) {
		if ((it = pipeline_take(p, false)) == NULL)
			continue;
		assert_ptr_equal(it, &v[got]);
		assert_int_equal(it->worked, 1);
		got++;
	}
	pipeline_free(p);
}

static atomic_int	second_worked;

/* The first item is done only once the second is: someone must help. */
static void
work_after_second(void *arg)
{
	struct item	*it = arg;
	struct timespec	 ts = { 0, 100000L };

	if (it->seq == 1) {
		atomic_store(&second_worked, 1);
		it->worked++;
		return;
	}
	while (atomic_load(&second_worked) == 0)
		nanosleep(&ts, NULL);
	it->worked++;
}

/*
 * A taker waiting for an item works the items no worker has claimed: with
 * one worker held up by the first item until the second is worked, only
 * the taker can work the second (without it, this test hangs until the
 * alarm ends it).
 */
static void
test_taker_helps(void **state)
{
	struct pipeline	*p = pipeline_new(work_after_second, 4, 1);
	struct item	 v[2] = { { 0, 0 }, { 1, 0 } };

	(void)state;
	alarm(10);
	pipeline_push(p, &v[0]);
	pipeline_push(p, &v[1]);
	assert_ptr_equal(pipeline_take(p, true), &v[0]);
	assert_ptr_equal(pipeline_take(p, true), &v[1]);
	assert_int_equal(v[0].worked + v[1].worked, 2);
	pipeline_free(p);
}

/* The alarm goes with the test, however it ends. */
static int
no_alarm(void **state)
{
	(void)state;
	alarm(0);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest	tests[] = {
		cmocka_unit_test(test_one_worker),
		cmocka_unit_test(test_workers_finish_out_of_order),
		cmocka_unit_test(test_default_workers),
		cmocka_unit_test(test_take_without_wait),
		cmocka_unit_test_teardown(test_taker_helps, no_alarm),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
