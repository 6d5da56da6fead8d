package events_test

import (
	"reflect"
	"sync"
	"testing"

	"newsgraph/loader/corpus"
	"newsgraph/loader/document"
	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// annotatedCorpus returns n generated documents, segmented and with their
// entities, ready for the events stage.
func annotatedCorpus(t *testing.T, n int) []*text.Annotated {
	t.Helper()
	var docs []*text.Annotated
	err := corpus.Generate(7, n, func(name string, data []byte) error {
		d, err := document.Parse(name, data)
		if err != nil {
			return err
		}
		a := text.Segment(d)
		entities.Annotate(a)
		docs = append(docs, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

type facts struct {
	quotes []text.Quote
	events []schema.Event
}

func extractFacts(a *text.Annotated) facts {
	events.Extract(a)
	return facts{a.Quotes, a.Events}
}

// TestExtractReusesNoState: Extract keeps scratch memory from document to
// document (and goroutine to goroutine); what it finds in a document must
// not depend on what it read before or reads at the same time.
func TestExtractReusesNoState(t *testing.T) {
	docs := annotatedCorpus(t, 40)
	want := make([]facts, len(docs))
	nEvents := 0
	for i, a := range docs {
		want[i] = extractFacts(a)
		nEvents += len(want[i].events)
	}
	if nEvents == 0 {
		t.Fatal("no events in the generated corpus")
	}
	// backwards, after the longest document
	longest := 0
	for i, a := range docs {
		if len(a.Doc.Text) > len(docs[longest].Doc.Text) {
			longest = i
		}
	}
	extractFacts(docs[longest])
	for i := len(docs) - 1; i >= 0; i-- {
		if got := extractFacts(docs[i]); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("%s: facts differ when extracted again in another order", docs[i].Doc.Info.Identifier)
		}
	}
	// concurrently, each goroutine on its own copies of the documents
	copies := annotatedCorpus(t, 40)
	var wg sync.WaitGroup
	got := make([]facts, len(copies))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(copies); i += 4 {
				got[i] = extractFacts(copies[i])
			}
		}(w)
	}
	wg.Wait()
	for i := range copies {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: facts differ when extracted concurrently", copies[i].Doc.Info.Identifier)
		}
	}
}
