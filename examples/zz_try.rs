use digital_health_roles::*;
fn main() {
    let input: Vec<String> = std::env::args().skip(1).collect();
    for t in input {
        let p = parse_title(&t);
        match classify(&t) {
            Ok(c) => {
                let ev: Vec<String> = c
                    .evidence()
                    .iter()
                    .map(|e| format!("{:?}:{:?}", e.part(), &t[e.range()]))
                    .collect();
                println!(
                    "{t:?} => parse={p:?}\n   {} role={:?} family={:?} cands={:?} sen={:?} bands={:?} term={:?}\n   {}",
                    c.kind(),
                    c.role(),
                    c.family(),
                    c.candidates().collect::<Vec<_>>(),
                    c.seniority(),
                    c.bands(),
                    c.term(),
                    ev.join(" | ")
                );
            }
            Err(e) => println!("{t:?} => parse={p:?}\n   classify ERR {e:?}"),
        }
    }
}
