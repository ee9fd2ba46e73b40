using System.Text;
using Councils.Domain.Record;
using Councils.Domain.Verification;

namespace Councils.Node.Tests;

// Tamper evidence: one flipped byte anywhere in an export fails verification, named where it is.
public abstract partial class LocalNodeTests
{
    private const int Flips = 300;

    [Fact]
    public async Task VerifyFile_AnyByteOfTheLargestDemoLogFlipped_FailsAtThatLineAndEvent()
    {
        await using var node = await OpenFreshNodeAsync();
        await Demo.LoadAsync(node, Ct);
        var largest = (await node.ListBodiesAsync(Ct)).MaxBy(b => b.Events)!;
        var file = await ExportAsync(node, largest.Id);
        var lines = ExportFile.Lines(file).ToList();
        Assert.True(LogVerifier.VerifyFile(file, Environment.ProcessorCount).Ok);
        // The 1-based line of every byte (a line feed belongs to the line it ends), and the seq of every entry line.
        var lineOf = new long[file.Length];
        for (int i = 0, line = 1; i < file.Length; i++)
        {
            lineOf[i] = line;
            if (file[i] == '\n')
                line++;
        }
        var seqOf = lines.Where(l => !l.IsCheckpoint).ToDictionary(l => l.Number, l => (long?)Entry.Parse(l.Bytes).Seq);

        var random = new Random(20251127);
        for (var n = 0; n < Flips; n++)
        {
            var position = random.Next(file.Length);
            var flipped = (byte[])file.Clone();
            flipped[position] ^= (byte)random.Next(1, 256);
            var line = lineOf[position];
            var where = $"flip {n}: byte {position} of {largest.Id}, 0x{file[position]:x2} to 0x{flipped[position]:x2}, on line {line}";

            var result = LogVerifier.VerifyFile(flipped, Environment.ProcessorCount);

            Assert.False(result.Ok, where);
            var failure = result.Failure!;
            if (file[position] == '\n')
                Assert.True(failure.Line == line || failure.Line == line + 1, $"{where}: failed at line {failure.Line}");
            else
                Assert.True(failure.Line == line, $"{where}: failed at line {failure.Line}: {failure.Message}");
            if (seqOf.TryGetValue(failure.Line, out var seq))
                Assert.True(failure.Seq == seq, $"{where}: named event {failure.Seq}, not {seq}: {failure.Message}");
        }
    }

    [Fact]
    public async Task VerifyFile_AnEntrysSeqRewritten_NamesTheEventAtThatPlaceNotTheOneClaimed()
    {
        await using var node = await OpenNodeAsync();
        var file = Encoding.UTF8.GetString(await ExportAsync(node, await ProofLogAsync(node)));
        // Seq 4 claims to be 5: the signature no longer holds, and the event at that place is 4.
        var tampered = Encoding.UTF8.GetBytes(file.Replace("\"seq\":4}", "\"seq\":5}", StringComparison.Ordinal));

        var failure = LogVerifier.VerifyFile(tampered, 1).Failure!;

        Assert.Equal((9L, 4L, "signature"), (failure.Line, failure.Seq, failure.Rule));
    }
}
