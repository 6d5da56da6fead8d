package graph

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	kvbolt "github.com/cayleygraph/cayley/graph/kv/bolt"
	kvleveldb "github.com/cayleygraph/cayley/graph/kv/leveldb"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
)

// The writer finds a document's quads by their label. Cayley's key-value
// stores index quads by subject and by object only, so a label lookup would
// scan the whole store once per changed document. A store created here gets
// one more index, label then subject. The list of indexes lives in the
// store's own metadata (meta/indexes), which Cayley reads on every open and
// maintains on every write, so the stock cayley binary uses it too.
// The SQL stores get an index on the label column.

var labelIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label, quad.Subject}}

func addLabelIndex(k kind, backend, path string) error {
	switch k {
	case kindBolt, kindBBolt, kindLevelDB:
		var (
			db  hkv.KV
			err error
		)
		switch k {
		case kindBolt:
			db, err = kvbolt.Open(path, cgraph.Options{})
		case kindBBolt:
			db, err = hbbolt.OpenPath(path)
		default:
			db, err = kvleveldb.Open(path, cgraph.Options{})
		}
		if err != nil {
			return err
		}
		if err := addKVIndex(db, labelIndex); err != nil {
			db.Close()
			return err
		}
		return db.Close()
	case kindSQL:
		if backend != "postgres" && backend != "cockroach" {
			return nil
		}
		db, err := sql.Open("postgres", path)
		if err != nil {
			return err
		}
		defer db.Close()
		_, err = db.Exec(`CREATE INDEX IF NOT EXISTS newsgraph_label_index ON quads (label_hash)`)
		return err
	}
	return nil
}

var keyMetaIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}

// addKVIndex adds ind to the index list of a freshly initialised, still
// empty kv store.
func addKVIndex(db hkv.KV, ind ckv.QuadIndex) error {
	ctx := context.Background()
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		val, err := tx.Get(ctx, keyMetaIndexes)
		if err != nil {
			return fmt.Errorf("reading the index list: %w", err)
		}
		var list []ckv.QuadIndex
		if err := json.Unmarshal(val, &list); err != nil {
			return fmt.Errorf("reading the index list: %w", err)
		}
		if len(list) == 0 {
			return fmt.Errorf("the store has no index list")
		}
		for _, in := range list {
			if slices.Equal(in.Dirs, ind.Dirs) {
				return nil
			}
		}
		list = append(list, ind)
		data, err := json.Marshal(list)
		if err != nil {
			return err
		}
		bucket := make([]byte, len(ind.Dirs))
		for i, d := range ind.Dirs {
			bucket[i] = d.Prefix()
		}
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{bucket}); err != nil {
			return err
		}
		return tx.Put(keyMetaIndexes, data)
	})
}
