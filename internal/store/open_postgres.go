package store

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// Pool sizes for PostgreSQL. Each instance of Coalition holds at most
// postgresMaxConns connections, so several instances fit under the server's
// default max_connections of 100.
const (
	postgresMaxConns    = 16
	postgresMaxIdleTime = 5 * time.Minute
)

// openPostgres opens one pool for reads and writes and pings it. Parameters in
// the URL reach pgx: search_path, sslmode, default_query_exec_mode (set it to
// "exec" or "simple_protocol" behind pgbouncer in transaction mode), and so on.
func openPostgres(ctx context.Context, rawURL string) (*DB, error) {
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, &openError{"store: invalid postgres url: " + rootCause(err).Error(), err}
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(postgresMaxConns)
	db.SetMaxIdleConns(postgresMaxConns)
	db.SetConnMaxIdleTime(postgresMaxIdleTime)
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		addr := net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port)))
		verb, cause := "reach", rootCause(err)
		if _, ok := cause.(*pgconn.PgError); ok {
			verb = "connect to" // the server answered and said no
		}
		return nil, &openError{fmt.Sprintf("store: cannot %s postgres at %s: %v", verb, addr, cause), err}
	}
	return &DB{d: postgresDialect, w: db, r: db}, nil
}
