package httpx

import "net/http"

// StatusRecorder is an http.ResponseWriter that remembers the status code and the
// number of body bytes written, for access logs and metrics. It implements Unwrap,
// so http.ResponseController still reaches Flush and deadlines underneath.
type StatusRecorder struct {
	http.ResponseWriter
	status int
	size   int64
}

// NewStatusRecorder wraps w.
func NewStatusRecorder(w http.ResponseWriter) *StatusRecorder {
	return &StatusRecorder{ResponseWriter: w}
}

// WriteHeader records the status code and passes it on. Only the first call counts.
func (s *StatusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

// Write records an implicit 200 and the body size, and passes the bytes on.
func (s *StatusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.size += int64(n)
	return n, err
}

// Status returns the status code sent, or 200 when the handler wrote nothing
// (which is what net/http then sends).
func (s *StatusRecorder) Status() int {
	if s.status == 0 {
		return http.StatusOK
	}
	return s.status
}

// Written reports whether a status code or body has been sent.
func (s *StatusRecorder) Written() bool { return s.status != 0 }

// Size returns the number of body bytes written.
func (s *StatusRecorder) Size() int64 { return s.size }

// Unwrap returns the wrapped ResponseWriter, for http.ResponseController.
func (s *StatusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }
