package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"coalition/internal/directory"
	"coalition/internal/gen"
)

// genOptions are the flags of coalition gen.
type genOptions struct {
	orgs, people, batch int
	seed                int64
	append              bool
}

// genStore is what coalition gen needs from the database.
type genStore interface {
	ImportOrgs(ctx context.Context, orgs []directory.Organization, nameKeys []string, at time.Time, userID int64, source string) error
	ImportPeople(ctx context.Context, people []directory.Person, at time.Time, userID int64, source string) error
	ScanOrgs(ctx context.Context, fn func(directory.Organization) error) error
	ScanPeople(ctx context.Context, fn func(directory.Person) error) error
}

// progressEvery is the least time between two progress lines.
const progressEvery = time.Second

func runGen(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "gen", "gen --orgs N [--people M] [--seed S] [flags]")
	load := configFlags(fs, env)
	var o genOptions
	fs.IntVar(&o.orgs, "orgs", 0, "generate `N` organizations")
	fs.IntVar(&o.people, "people", 0, "generate `M` people")
	fs.Int64Var(&o.seed, "seed", 1, "random `seed`: the same seed gives the same directory")
	fs.IntVar(&o.batch, "batch", 10_000, "records written per `transaction`")
	fs.BoolVar(&o.append, "append", false, "add to a directory that already has records (choose another --seed)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := o.check(); err != nil {
		return err
	}
	a, err := openApp(ctx, env, load)
	if err != nil {
		return err
	}
	defer a.Close()
	return o.run(ctx, env, a.DB)
}

func (o genOptions) check() error {
	switch {
	case o.orgs < 0 || o.people < 0:
		return fmt.Errorf("%w: --orgs and --people cannot be negative", errUsage)
	case o.orgs == 0 && o.people == 0:
		return fmt.Errorf("%w: say how many records to generate with --orgs or --people", errUsage)
	case o.batch < 1:
		return fmt.Errorf("%w: --batch must be at least 1", errUsage)
	}
	return nil
}

// run generates the records and writes them in batches, with progress on
// stderr and a summary on stdout.
func (o genOptions) run(ctx context.Context, env Env, db genStore) error {
	if !o.append {
		if err := refuseFilled(ctx, db); err != nil {
			return err
		}
	}
	source := fmt.Sprintf("coalition gen --seed %d", o.seed)
	at := time.Now().UTC()
	if o.orgs > 0 {
		w := writer[directory.Organization]{env: env, what: "organizations", total: o.orgs, size: o.batch,
			write: func(b []directory.Organization) error { return db.ImportOrgs(ctx, b, nil, at, 0, source) }}
		if err := w.run(ctx, func(fn func(directory.Organization) error) error { return gen.Orgs(o.seed, o.orgs, fn) }); err != nil {
			return err
		}
	}
	if o.people > 0 {
		w := writer[directory.Person]{env: env, what: "people", total: o.people, size: o.batch,
			write: func(b []directory.Person) error { return db.ImportPeople(ctx, b, at, 0, source) }}
		return w.run(ctx, func(fn func(directory.Person) error) error { return gen.People(o.seed, o.people, fn) })
	}
	return nil
}

// errFilled stops a scan at its first record.
var errFilled = errors.New("the database already holds a directory; add --append to add generated records to it")

// refuseFilled returns errFilled when the database has any organization or person.
func refuseFilled(ctx context.Context, db genStore) error {
	if err := db.ScanOrgs(ctx, func(directory.Organization) error { return errFilled }); err != nil {
		return err
	}
	return db.ScanPeople(ctx, func(directory.Person) error { return errFilled })
}

// writer writes generated records in batches and reports its progress.
type writer[T any] struct {
	env         Env
	what        string
	total, size int
	write       func([]T) error
	batch       []T
	done        int
	start, last time.Time
}

// run feeds every record of generate to the database, then prints a summary.
func (w *writer[T]) run(ctx context.Context, generate func(func(T) error) error) error {
	w.start, w.last = time.Now(), time.Now()
	w.batch = make([]T, 0, min(w.size, w.total))
	err := generate(func(r T) error {
		w.batch = append(w.batch, r)
		if len(w.batch) < w.size {
			return nil
		}
		return w.flush(ctx)
	})
	if err == nil {
		err = w.flush(ctx)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", w.what, err)
	}
	secs := time.Since(w.start).Seconds()
	fmt.Fprintf(w.env.Stdout, "generated %d %s in %.1f s (%.0f rows/s)\n", w.done, w.what, secs, float64(w.done)/max(secs, 1e-9))
	return nil
}

func (w *writer[T]) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	if err := w.write(w.batch); err != nil {
		return err
	}
	w.done += len(w.batch)
	w.batch = w.batch[:0]
	if now := time.Now(); now.Sub(w.last) >= progressEvery || w.done == w.total {
		w.last = now
		fmt.Fprintf(w.env.Stderr, "%s: %d of %d (%d%%), %.0f rows/s\n",
			w.what, w.done, w.total, 100*w.done/w.total, float64(w.done)/now.Sub(w.start).Seconds())
	}
	return ctx.Err()
}
