use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn parse_csv_line(line: &str) -> Vec<&str> {
    line.split(',').collect()
}

fn bench_parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_csv_line");
    for cols in [8usize, 64, 512] {
        let line = (0..cols).map(|i| i.to_string()).collect::<Vec<_>>().join(",");
        group.throughput(Throughput::Bytes(line.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(cols), &line, |b, l| {
            b.iter(|| parse_csv_line(black_box(l)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
