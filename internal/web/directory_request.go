package web

import (
	"net/http"
	"strconv"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/httpx"
)

// directoryActor is the directory actor of the signed-in user.
func directoryActor(r *http.Request) directory.Actor {
	u, _ := httpx.UserFrom(r.Context())
	return directory.Actor{UserID: u.ID}
}

// pathID reads a positive numeric path value; anything else is not found.
func pathID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, errs.ErrNotFound
	}
	return id, nil
}

// formInt64 reads a number from a form or query value; 0 when missing or bad.
func formInt64(v string) int64 {
	n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	return n
}
