// Run by gilcheck's own build after both invocations (see invoker.properties): the second one, with the
// patch turned off, must have failed for the right reason, the hang, with its shortest witness printed.
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.patch.PatchTest.xml')
assert report.isFile() : "no test report: the -Dpatch=off run did not get to its test"
def text = report.getText('UTF-8')
assert text.contains('py313 as released (py313, ') : "the failure does not name the unpatched variant"
assert text.contains('reaches main-thread-exits') : "the -Dpatch=off run failed, but not on the hang"
assert text.contains('(shortest witness: ') && text.contains('schedule: ') : "the failure shows no witness"
return true
