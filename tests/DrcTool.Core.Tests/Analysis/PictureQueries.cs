using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Picture;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Analysis;

/// <summary>Questions only the tests ask of the picture, written from the queries the product uses.</summary>
internal static class PictureQueries
{
    extension(ElectricalPicture picture)
    {
        /// <summary>Rails that can be cut, by name.</summary>
        public IEnumerable<Rail> SwitchedRails => picture.Rails.Where(r => r.CanBeCut);

        /// <summary>The node on a SoM pin ("3V3", "RST", "D0"); null when unconnected or there is no binding.</summary>
        public NetGroup? SomNode(string somPinName) =>
            picture.Binding?.Named(somPinName).Where(c => c.Net is not null).Select(c => picture.NodeOf(c.Net)).FirstOrDefault(g => g is not null);

        /// <summary>True when two nets are one node (directly or through closed pass-through parts).</summary>
        public bool AreJoined(Net a, Net b) => picture.NodeOf(a) is { } ga && ReferenceEquals(ga, picture.NodeOf(b));

        public IReadOnlyList<Pull> PullUpsOn(Net? net) => picture.PullsOn(net).Where(p => p.Direction == PullDirection.Up).ToList();

        public bool HasPath(Net from, Net to, int maxResistors = 1) => picture.FindPath(from, to, maxResistors) is not null;
    }
}
