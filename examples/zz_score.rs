use digital_health_roles::*;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let mut n = std::collections::BTreeMap::<String, (u32, u32)>::new();
    for line in text.lines().skip(1) {
        let mut f = line.split('\t');
        let (title, expected) = (f.next().unwrap(), f.next().unwrap_or(""));
        let c = classify(title);
        let got = match &c {
            Ok(c) => match (c.kind(), c.role(), c.family()) {
                (_, Some(r), _) => format!("role:{}", r.id()),
                (_, None, Some(f)) => format!("family:{}", f.id()),
                _ => format!(
                    "ambiguous:{}",
                    c.candidates().map(|f| f.id()).collect::<Vec<_>>().join("+")
                ),
            },
            Err(_) => "none".into(),
        };
        let kind = expected.split(':').next().unwrap().to_string();
        let ok = if expected.starts_with("ambiguous") {
            got.starts_with("ambiguous")
                || expected.contains(got.trim_start_matches("family:")) && got.starts_with("family")
        } else {
            got == expected
        };
        let e = n.entry(kind).or_default();
        e.0 += 1;
        if ok {
            e.1 += 1
        } else {
            let verdict = if got.starts_with("role") && !ok {
                "WRONG-ROLE"
            } else if got.starts_with("family")
                && !expected.contains(got.trim_start_matches("family:"))
            {
                "WRONG-FAM"
            } else {
                "miss"
            };
            let ev = match &c {
                Ok(c) => c
                    .evidence()
                    .iter()
                    .map(|e| format!("{:?}:{}", e.part(), &title[e.range()]))
                    .collect::<Vec<_>>()
                    .join(" | "),
                Err(e) => format!("{e:?}"),
            };
            println!("{verdict:10} {title:?} expected {expected} got {got}   [{ev}]");
        }
    }
    for (k, (t, ok)) in n {
        println!("{k}: {ok}/{t}");
    }
}
