package main

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq"
)

// The same build and export against PostgreSQL (Cayley's SQL backend) as
// against bolt. Runs when NEWSGRAPH_TEST_POSTGRES holds a DSN (.ci/run starts
// a throwaway server and sets it).
func TestPostgresBackendMatchesBolt(t *testing.T) {
	dsn := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("NEWSGRAPH_TEST_POSTGRES not set")
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("newsgraph_cli_%d", time.Now().UnixNano())
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	defer db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	pg := u.String()

	dir := t.TempDir()
	out := mustNG(t, dir, "", "build", "--db", "postgres", "--dbpath", pg, testdataDocs(t))
	if !strings.Contains(out, "3 written") {
		t.Fatalf("postgres build:\n%s", out)
	}
	again := mustNG(t, dir, "", "build", "--db", "postgres", "--dbpath", pg, testdataDocs(t))
	if !strings.Contains(again, "0 written: the store already holds") {
		t.Errorf("second postgres build wrote again:\n%s", again)
	}
	got := mustNG(t, dir, "", "export", "--db", "postgres", "--dbpath", pg)
	mustNG(t, dir, "", "build", testdataDocs(t))
	want := mustNG(t, dir, "", "export")
	if got != want {
		t.Errorf("postgres export (%d bytes) differs from bolt export (%d bytes)", len(got), len(want))
	}
	rows := mustNG(t, dir, "", "query", "--db", "postgres", "--dbpath", pg, "spokesperson-demands")
	if !strings.Contains(rows, "Wang Wenbin") {
		t.Errorf("saved query on postgres: %s", rows)
	}
}
