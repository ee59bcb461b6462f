// Package e2e holds Coalition's end-to-end tests: the real server, started on a
// free port with a temporary database, driven by headless Chromium (chromedp) and
// by plain HTTP clients. The browser suite runs when COALITION_TEST_BROWSER names a
// Chromium binary (CI sets it) and is skipped otherwise.
package e2e
